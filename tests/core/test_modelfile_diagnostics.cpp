// Every problem of a Modelfile, in line order, as coded messages: the parser
// reads on after a problem, "no FROM line" is never hidden, an unclosed "{{"
// in TEMPLATE is flagged, and a misspelt parameter gets the nearest name.
// Ollama's own first error stays as Ollama reports it.

#include <gtest/gtest.h>

#include "core/modelfile/parameters.h"
#include "core/modelfile/parser.h"
#include "core/modelfile/validator.h"

namespace md::modelfile {
namespace {

CheckReport checkText(std::string_view text) {
  CheckOptions options;
  options.checkPaths = false;
  return check(text, options);
}

// "LINE severity Code" for each problem, in the report's order.
std::vector<std::string> summary(const CheckReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics)
    out.push_back(std::to_string(d.span.line) + " " + severityName(d.severity) + " " + messageKey(d.text.id));
  return out;
}

TEST(ModelfileDiagnostics, ABadRoleNoLongerHidesTheMissingFromOrLaterProblems) {
  const CheckReport report = checkText("SYSTEM hi\nMESSAGE bot hello\nPARAMETER temprature 0.5\n"
                                       "PARAMETER num_ctx lots\n");
  EXPECT_EQ(summary(report),
            (std::vector<std::string>{"1 error ModelfileNoFrom", "2 error ModelfileInvalidRole",
                                      "3 error ModelfileUnknownParameterDidYouMean", "4 error ModelfileInvalidValue"}));
  // Ollama stops at the role: that stays the first error, in Ollama's words.
  ASSERT_NE(report.firstError(), nullptr);
  EXPECT_EQ(report.firstError()->message,
            "(line 2): message role must be one of \"system\", \"user\", or \"assistant\"");
  // Ollama's view of the file is what came before the error.
  EXPECT_EQ(report.parse.modelfile.commands.size(), 1u);
  EXPECT_EQ(report.parse.allCommands.commands.size(), 3u);
}

TEST(ModelfileDiagnostics, AnUnclosedQuoteSaysWhereItOpenedAndTheMissingFromStillShows) {
  const CheckReport report = checkText("SYSTEM be brief\nTEMPLATE \"\"\"{{ .Prompt }}\nPARAMETER stop x\n");
  EXPECT_EQ(summary(report), (std::vector<std::string>{"1 error ModelfileNoFrom", "2 error ModelfileUnclosedQuote"}));
  EXPECT_EQ(report.firstError()->message, "unexpected EOF");
  const Diagnostic& quote = report.diagnostics[1];
  EXPECT_EQ(quote.text.english(), "the quote \"\"\" opened on this line is never closed: the rest of the file is part "
                                  "of it");
}

TEST(ModelfileDiagnostics, TheLineNumberIsNotPartOfTheText) {
  const CheckReport report = checkText("FROM x\n\n\nBOGUS y\nPARAMETER\n");
  ASSERT_EQ(report.diagnostics.size(), 2u);
  EXPECT_EQ(report.diagnostics[0].message.rfind("(line 4): command must be one of", 0), 0u); // Ollama's words
  EXPECT_EQ(report.diagnostics[0].span.line, 4);
  EXPECT_EQ(report.diagnostics[0].text.english().find("line"), std::string::npos)
      << report.diagnostics[0].text.english();
  EXPECT_EQ(report.diagnostics[0].text.english().rfind("'BOGUS' is not an instruction", 0), 0u);
  // PARAMETER with nothing after it: a known instruction without a value, on its own line.
  EXPECT_EQ(report.diagnostics[1].span.line, 5);
  EXPECT_EQ(report.diagnostics[1].text.english(), "PARAMETER has no value on its line");
}

TEST(ModelfileDiagnostics, ProblemsAfterAnErrorOnTheSameLineAreSkippedNotInvented) {
  // The rest of a bad line is not read as instructions of its own.
  const CheckReport report = checkText("FROM x\nMESSAGE robot PARAMETER bogus 1\nPARAMETER top_k 5\n");
  EXPECT_EQ(summary(report), (std::vector<std::string>{"2 error ModelfileInvalidRole"}));
  EXPECT_EQ(report.parse.allCommands.commands.size(), 2u);
}

TEST(ModelfileDiagnostics, ParameterNameProblems) {
  const CheckReport report = checkText("FROM x\nPARAMETER top-k 1\nPARAMETER seed\nMESSAGE user\n");
  EXPECT_EQ(summary(report), (std::vector<std::string>{"2 error ModelfileBadParameterCharacter",
                                                       "3 error ModelfileParameterWithoutValue",
                                                       "4 error ModelfileMessageWithoutText"}));
  EXPECT_EQ(report.firstError()->message, "unexpected EOF: top");
  EXPECT_EQ(report.diagnostics[0].text.english(),
            "'-' cannot be part of a parameter name (letters, digits and _ only)");
  EXPECT_EQ(report.diagnostics[1].text.english(), "PARAMETER seed has no value");
}

TEST(ModelfileDiagnostics, UnbalancedTemplateActionsAreFlaggedAtTheirLine) {
  const CheckReport report = checkText("FROM x\nTEMPLATE \"\"\"{{ .System }}\n{{ .Prompt }\n"
                                       "{{ \"}}\" }} {{/* }} */}}\nend }}\n\"\"\"\n");
  EXPECT_EQ(summary(report),
            (std::vector<std::string>{"3 error ModelfileUnclosedAction", "5 warning ModelfileStrayClose"}));
  const Diagnostic& unclosed = report.diagnostics[0];
  EXPECT_EQ(unclosed.span.column, 0);
  EXPECT_EQ(unclosed.span.endColumn, 2);
  EXPECT_TRUE(report.hasErrors());
  // A balanced template, with a raw string that spans lines, is fine.
  EXPECT_TRUE(checkText("FROM x\nTEMPLATE \"{{ `a\n}}` }}{{ .Prompt }}\"\n").diagnostics.empty());
  // On one line, without quotes.
  EXPECT_EQ(summary(checkText("FROM x\nTEMPLATE {{ .Prompt }\n")),
            (std::vector<std::string>{"2 error ModelfileUnclosedAction"}));
}

TEST(ModelfileDiagnostics, NearestParameterName) {
  EXPECT_EQ(nearestParameterName("temprature"), "temperature");
  EXPECT_EQ(nearestParameterName("Temperature"), "temperature");
  EXPECT_EQ(nearestParameterName("topk"), "top_k");
  EXPECT_EQ(nearestParameterName("numctx"), "num_ctx");
  EXPECT_EQ(nearestParameterName("colour"), std::nullopt);
  EXPECT_EQ(nearestParameterName("mirostat_eta"), std::nullopt); // deprecated names are not suggested
  const CheckReport report = checkText("FROM x\nPARAMETER temprature 0.5\n");
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_EQ(report.diagnostics[0].text.english(), "unknown parameter 'temprature' (did you mean temperature?)");
  EXPECT_EQ(report.diagnostics[0].message, "unknown parameter 'temprature'"); // Ollama's words
}

TEST(ModelfileDiagnostics, ParseModelfileErrorCarriesTheCodeAndTheLineOnce) {
  auto result = parseModelfile("FROM x\nMESSAGE bot hi\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().text.id, MessageId::ModelfileInvalidRole);
  EXPECT_EQ(result.error().where.line, 2);
  EXPECT_EQ(result.error().message.rfind("(line 2): message role", 0), 0u);
}

} // namespace
} // namespace md::modelfile
