package io.keyward.app.console;

import java.awt.image.BufferedImage;

/** How much a picture varies: near zero for a blank or single-colour image. */
final class PixelStatistics {
  private PixelStatistics() {}

  /** Variance of the grey level over every pixel, on a 0..255 scale. */
  static double variance(BufferedImage image) {
    double sum = 0;
    double sumOfSquares = 0;
    long count = (long) image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        double grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
        sum += grey;
        sumOfSquares += grey * grey;
      }
    }
    double mean = sum / count;
    return sumOfSquares / count - mean * mean;
  }
}
