package io.keyward.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String csv(List<String> fields) throws Exception {
    StringWriter out = new StringWriter();
    new CsvWriter(out).writeRow(fields);
    return out.toString();
  }

  @Test
  void plainFieldsAreWrittenAsTheyAre() throws Exception {
    assertThat(csv(List.of("alice", "Agent", "40 d"))).isEqualTo("alice,Agent,40 d\r\n");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() throws Exception {
    assertThat(csv(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere")))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
  }

  @Test
  void emptyFieldsStayEmpty() throws Exception {
    assertThat(csv(List.of("", "x", ""))).isEqualTo(",x,\r\n");
  }

  @Test
  void formulaLikeFieldsCannotRunInASpreadsheet() throws Exception {
    assertThat(csv(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@sum", "a=b")))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@sum,a=b\r\n");
  }
}
