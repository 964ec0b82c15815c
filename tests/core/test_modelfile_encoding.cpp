// Modelfile encodings as Ollama reads them (a UTF-8, UTF-16LE or UTF-16BE
// BOM selects the encoding; without one, UTF-8) and saving in the same
// encoding; the full Options/Runner parameter table with types.

#include <gtest/gtest.h>

#include <fstream>

#include "core/modelfile/parameters.h"
#include "core/modelfile/parser.h"
#include "core/modelfile/text_encoding.h"
#include "core/modelfile/validator.h"
#include "tests/support/temp_folder.h"

namespace md::modelfile {
namespace {

using namespace std::string_literals;

TEST(ModelfileEncoding, Utf16LittleEndianWithABom) {
  // PowerShell 5's `>`: "FROM x\r\n" in UTF-16LE with a BOM.
  const std::string bytes = "\xFF\xFE"
                            "F\0R\0O\0M\0 \0x\0\r\0\n\0"s;
  const DecodedText decoded = decodeModelfileBytes(bytes);
  EXPECT_EQ(decoded.text, "FROM x\r\n");
  EXPECT_EQ(decoded.encoding, TextEncoding::Utf16Le);
  EXPECT_EQ(encodeModelfileText(decoded.text, decoded.encoding), bytes);
  auto parsed = parseModelfile(decoded.text);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->commands[0].value, "x");
}

TEST(ModelfileEncoding, Utf16BigEndianSurrogatesAndBadUnits) {
  // "SYSTEM 你😀" in UTF-16BE: 你 = U+4F60, 😀 = U+1F600 = D83D DE00.
  const std::string bytes = "\xFE\xFF"
                            "\0S\0Y\0S\0T\0E\0M\0 \x4F\x60\xD8\x3D\xDE\x00"s;
  const DecodedText decoded = decodeModelfileBytes(bytes);
  EXPECT_EQ(decoded.text, "SYSTEM 你😀");
  EXPECT_EQ(decoded.encoding, TextEncoding::Utf16Be);
  EXPECT_EQ(encodeModelfileText(decoded.text, TextEncoding::Utf16Be), bytes);
  // A lone high surrogate, then an odd last byte: U+FFFD each.
  EXPECT_EQ(decodeModelfileBytes("\xFF\xFE"
                                 "A\0\x3D\xD8"
                                 "B\0\x41"s)
                .text,
            "A\xEF\xBF\xBD"
            "B\xEF\xBF\xBD");
}

TEST(ModelfileEncoding, Utf8WithAndWithoutABom) {
  const DecodedText bom = decodeModelfileBytes("\xEF\xBB\xBF"
                                               "FROM ./模型.gguf\n");
  EXPECT_EQ(bom.text, "FROM ./模型.gguf\n");
  EXPECT_EQ(bom.encoding, TextEncoding::Utf8Bom);
  EXPECT_EQ(encodeModelfileText(bom.text, bom.encoding), "\xEF\xBB\xBF"
                                                         "FROM ./模型.gguf\n");
  const DecodedText plain = decodeModelfileBytes("FROM x\n");
  EXPECT_EQ(plain.text, "FROM x\n");
  EXPECT_EQ(plain.encoding, TextEncoding::Utf8);
  EXPECT_STREQ(textEncodingName(TextEncoding::Utf16Le), "utf-16le");
}

TEST(ModelfileEncoding, ReadsAFile) {
  testing::TempFolder dir;
  const auto path = dir.path() / "Modelfile";
  std::ofstream(path, std::ios::binary) << "\xFF\xFE"
                                           "F\0R\0O\0M\0 \0y\0"s;
  auto read = readModelfileFile(path);
  ASSERT_TRUE(read.ok()) << read.error().describe();
  EXPECT_EQ(read->text, "FROM y");
  EXPECT_EQ(read->encoding, TextEncoding::Utf16Le);
  EXPECT_FALSE(readModelfileFile(dir.path() / "missing").ok());
}

TEST(ModelfileParameters, OptionsAndRunnerListWithTypes) {
  const std::vector<std::pair<std::string, ParameterType>> valid = {
      {"num_keep", ParameterType::Int},
      {"seed", ParameterType::Int},
      {"num_predict", ParameterType::Int},
      {"top_k", ParameterType::Int},
      {"repeat_last_n", ParameterType::Int},
      {"num_ctx", ParameterType::Int},
      {"num_batch", ParameterType::Int},
      {"num_gpu", ParameterType::Int},
      {"main_gpu", ParameterType::Int},
      {"num_thread", ParameterType::Int},
      {"draft_num_predict", ParameterType::Int},
      {"top_p", ParameterType::Float},
      {"min_p", ParameterType::Float},
      {"typical_p", ParameterType::Float},
      {"temperature", ParameterType::Float},
      {"repeat_penalty", ParameterType::Float},
      {"presence_penalty", ParameterType::Float},
      {"frequency_penalty", ParameterType::Float},
      {"use_mmap", ParameterType::Bool},
      {"stop", ParameterType::StringList},
  };
  std::size_t current = 0;
  for (const auto& spec : parameterSpecs())
    current += spec.deprecated ? 0 : 1;
  EXPECT_EQ(current, valid.size());
  for (const auto& [name, type] : valid) {
    const ParameterSpec* spec = findParameter(name);
    ASSERT_NE(spec, nullptr) << name;
    EXPECT_EQ(spec->type, type) << name;
    EXPECT_FALSE(spec->deprecated) << name;
  }
  for (const char* name : {"penalize_newline", "low_vram", "f16_kv", "logits_all", "vocab_only", "use_mlock",
                           "mirostat", "mirostat_tau", "mirostat_eta"}) {
    ASSERT_NE(findParameter(name), nullptr) << name;
    EXPECT_TRUE(findParameter(name)->deprecated) << name;
  }
  CheckOptions options;
  options.checkPaths = false;
  EXPECT_FALSE(check("FROM x\nPARAMETER draft_num_predict 4\n", options).hasErrors());
  const auto bad = check("FROM x\nPARAMETER draft_num_predict four\n", options);
  ASSERT_TRUE(bad.hasErrors());
  EXPECT_EQ(bad.firstError()->message, "invalid int value [four]");
}

} // namespace
} // namespace md::modelfile
