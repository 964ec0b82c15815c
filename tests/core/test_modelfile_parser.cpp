// The Modelfile parser against Ollama's documented behaviour (parser/parser.go).

#include <gtest/gtest.h>

#include "core/modelfile/parser.h"

namespace md::modelfile {
namespace {

Modelfile parsed(std::string_view text) {
  ParseOutcome outcome = parse(text);
  EXPECT_TRUE(outcome.ok()) << (outcome.error ? outcome.error->message : "");
  return outcome.modelfile;
}

std::string errorOf(std::string_view text) {
  ParseOutcome outcome = parse(text);
  return outcome.error ? outcome.error->message : "<no error>";
}

TEST(ModelfileParser, ReadsInstructionsCaseInsensitively) {
  const Modelfile file = parsed("from llama3.2\nParameter temperature 0.7\nsystem You are helpful.\n");
  ASSERT_EQ(file.commands.size(), 3u);
  EXPECT_EQ(file.commands[0].instruction, Instruction::From);
  EXPECT_EQ(file.commands[0].value, "llama3.2");
  EXPECT_EQ(file.commands[1].instruction, Instruction::Parameter);
  EXPECT_EQ(file.commands[1].name, "temperature");
  EXPECT_EQ(file.commands[1].value, "0.7");
  EXPECT_EQ(file.commands[2].value, "You are helpful.");
}

TEST(ModelfileParser, CommentsOnlyAtLineStartAndValuesTrimmed) {
  const Modelfile file = parsed("  # a comment\nFROM ./x.gguf # not a comment   \n\t# indented comment\n");
  ASSERT_EQ(file.commands.size(), 1u);
  EXPECT_EQ(file.commands[0].value, "./x.gguf # not a comment");
}

TEST(ModelfileParser, QuotedValuesSpanLinesWithoutEscapes) {
  const Modelfile file = parsed("FROM x\nTEMPLATE \"\"\"{{ .System }}\n\"quoted\" \\n\n\"\"\"\nSYSTEM \"one\ntwo\"\n"
                                "PARAMETER stop \"<|im_end|>\"\nLICENSE 'single'\n");
  ASSERT_EQ(file.commands.size(), 5u);
  EXPECT_EQ(file.commands[1].value, "{{ .System }}\n\"quoted\" \\n\n");
  EXPECT_EQ(file.commands[2].value, "one\ntwo");
  EXPECT_EQ(file.commands[3].value, "<|im_end|>");
  EXPECT_EQ(file.commands[4].value, "'single'");
}

TEST(ModelfileParser, QuoteClosesOnlyWhereALineEndsWithIt) {
  // "abc" def does not end with a quote, so the value runs on.
  const Modelfile file = parsed("FROM x\nSYSTEM \"abc\" def\nmore\"\n");
  ASSERT_EQ(file.commands.size(), 2u);
  EXPECT_EQ(file.commands[1].value, "abc\" def\nmore");
}

TEST(ModelfileParser, TabsAreKeptAndControlCharactersDroppedLikeOllama) {
  const Modelfile file = parsed("FROM x\nSYSTEM \t a\tb\x01"
                                "c \t \nTEMPLATE \"\"\"\tx\t\"\"\"\n");
  EXPECT_EQ(file.commands[1].value, "a\tbc");
  EXPECT_EQ(file.commands[2].value, "\tx\t");
}

TEST(ModelfileParser, KeepsChineseTextAndStripsBom) {
  const Modelfile file = parsed("\xEF\xBB\xBF"
                                "FROM ./模型 文件/x.gguf\nSYSTEM 你好，世界\n");
  ASSERT_EQ(file.commands.size(), 2u);
  EXPECT_EQ(file.commands[0].value, "./模型 文件/x.gguf");
  EXPECT_EQ(file.commands[1].value, "你好，世界");
}

TEST(ModelfileParser, MessageKeepsRoleAndContent) {
  const Modelfile file = parsed("FROM x\nMESSAGE user Is the sky blue?\nMESSAGE assistant \"Yes.\"\n");
  ASSERT_EQ(file.commands.size(), 3u);
  EXPECT_EQ(file.commands[1].name, "user");
  EXPECT_EQ(file.commands[1].value, "Is the sky blue?");
  EXPECT_EQ(file.commands[2].name, "assistant");
  EXPECT_EQ(file.commands[2].value, "Yes.");
}

TEST(ModelfileParser, NewerInstructionsAreAccepted) {
  const Modelfile file = parsed("FROM x\nDRAFT y\nRENDERER qwen3\nPARSER qwen3\nREQUIRES 0.12.0\nADAPTER ./a.gguf\n");
  ASSERT_EQ(file.commands.size(), 6u);
  EXPECT_EQ(file.commands[4].instruction, Instruction::Requires);
  EXPECT_EQ(file.commands[5].instruction, Instruction::Adapter);
}

TEST(ModelfileParser, UnknownCommandNamesOllamasList) {
  EXPECT_EQ(errorOf("FROM x\nPARAMETR temperature 1\n"),
            "(line 2): command must be one of \"from\", \"license\", \"template\", \"system\", \"adapter\", \"draft\", "
            "\"renderer\", \"parser\", \"parameter\", \"message\", or \"requires\"");
  // A keyword directly followed by a line break: Ollama has already counted it.
  ParseOutcome outcome = parse("FROM x\nSYSTEM\n");
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->ollamaLine, 3);
  EXPECT_EQ(outcome.error->span.line, 2);
}

TEST(ModelfileParser, BadMessageRole) {
  ParseOutcome outcome = parse("FROM x\n\nMESSAGE robot hi\n");
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->message, "(line 3): message role must be one of \"system\", \"user\", or \"assistant\"");
  EXPECT_EQ(outcome.error->span.line, 3);
  EXPECT_EQ(outcome.error->span.column, 8);
}

TEST(ModelfileParser, UnexpectedEof) {
  EXPECT_EQ(errorOf("FROM x\nTEMPLATE \"\"\"never closed\n"), "unexpected EOF");
  EXPECT_EQ(errorOf("FROM x\nSYSTEM \"open"), "unexpected EOF");
  EXPECT_EQ(errorOf("FROM"), "unexpected EOF");
  EXPECT_EQ(errorOf("FROM x\nPARAMETER temperature\n"), "unexpected EOF: temperature");
  EXPECT_EQ(errorOf("FROM x\nPARAMETER top-k 1\n"), "unexpected EOF: top");
}

TEST(ModelfileParser, NoFromLine) {
  EXPECT_EQ(errorOf("SYSTEM hi\n"), "no FROM line");
  EXPECT_EQ(errorOf(""), "no FROM line");
  auto result = parseModelfile("# only a comment\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::Malformed);
  EXPECT_EQ(result.error().message, "no FROM line");
}

TEST(ModelfileParser, ErrorsAsValuesCarryTheLine) {
  auto result = parseModelfile("FROM x\nBOGUS y\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.line, 2);
}

TEST(ModelfileParser, SpansPointAtKeywordNameAndValue) {
  const std::string text = "FROM x\r\n  PARAMETER stop   \"\"\"a\nb\"\"\"  \nSYSTEM 你好\n";
  const Modelfile file = parsed(text);
  ASSERT_EQ(file.commands.size(), 3u);
  const Command& parameter = file.commands[1];
  EXPECT_EQ(parameter.keywordSpan.line, 2);
  EXPECT_EQ(parameter.keywordSpan.column, 2);
  EXPECT_EQ(text.substr(parameter.keywordSpan.begin, parameter.keywordSpan.end - parameter.keywordSpan.begin),
            "PARAMETER");
  EXPECT_EQ(text.substr(parameter.nameSpan.begin, parameter.nameSpan.end - parameter.nameSpan.begin), "stop");
  EXPECT_EQ(parameter.valueSpan.line, 2);
  EXPECT_EQ(parameter.valueSpan.endLine, 3);
  EXPECT_EQ(text.substr(parameter.valueSpan.begin, parameter.valueSpan.end - parameter.valueSpan.begin),
            "\"\"\"a\nb\"\"\"");
  EXPECT_EQ(parameter.value, "a\nb");
  EXPECT_EQ(file.commands[2].valueSpan.line, 4);
}

TEST(ModelfileParser, SecondSpaceEndsTheParameterNameLikeOllama) {
  const Modelfile file = parsed("FROM x\nPARAMETER  stop x\n");
  ASSERT_EQ(file.commands.size(), 2u);
  EXPECT_EQ(file.commands[1].name, "");
  EXPECT_EQ(file.commands[1].value, "stop x");
}

TEST(ModelfileSniffing, RecognisesByContentNotName) {
  EXPECT_TRUE(looksLikeModelfile("# my model\nFROM ./x.gguf\nPARAMETER temperature 1\n"));
  EXPECT_TRUE(looksLikeModelfile("template \"\"\"x\"\"\"\nfrom qwen2\n"));
  EXPECT_FALSE(looksLikeModelfile("PARAMETER temperature 1\n"));             // no FROM
  EXPECT_FALSE(looksLikeModelfile("Hello FROM me\nFROM x\n"));               // first word is not an instruction
  EXPECT_FALSE(looksLikeModelfile(std::string("GGUF\0\0\0", 7) + "FROM x")); // binary
  EXPECT_FALSE(looksLikeModelfile(""));
}

} // namespace
} // namespace md::modelfile
