// Seeds for the text readers: Modelfiles (the parser tests' cases, the
// Modelfile the create flow writes for old servers, the template presets;
// each also as UTF-8 with a BOM, UTF-16 LE and BE, and with invalid UTF-8),
// chat templates (Ollama's 37 references, the template tests' own, one
// near 64 KiB) and the split and shard names the merge tests use.
#include <string>
#include <utility>
#include <vector>

#include "core/modelfile/template_presets.h"
#include "core/modelfile/text_encoding.h"
#include "core/ollama/create_request.h"
#include "core/templates/go_families.h"
#include "core/templates/reference_templates.h"
#include "tests/fuzz/corpus.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/support/chat_templates.h"
#include "tests/support/ollama_fixtures.h"

namespace md::fuzz {
namespace {

using modelfile::TextEncoding;

const std::vector<std::string> kModelfiles = {
    "from llama3.2\nParameter temperature 0.7\nsystem You are helpful.\n",
    "  # a comment\nFROM ./x.gguf # not a comment   \n\t# indented comment\n",
    "FROM x\nTEMPLATE \"\"\"{{ .System }}\n\"quoted\" \\n\n\"\"\"\nSYSTEM \"one\ntwo\"\nPARAMETER stop \"<|im_end|>\"\n"
    "LICENSE 'single'\n",
    "FROM x\nSYSTEM \"abc\" def\nmore\"\n",
    "FROM x\nSYSTEM \t a\tb\x01"
    "c \t \nTEMPLATE \"\"\"\tx\t\"\"\"\n",
    "FROM ./模型 文件/x.gguf\nSYSTEM 你好，世界\n",
    "FROM x\nMESSAGE user Is the sky blue?\nMESSAGE assistant \"Yes.\"\n",
    "FROM x\nDRAFT y\nRENDERER qwen3\nPARSER qwen3\nREQUIRES 0.12.0\nADAPTER ./a.gguf\n",
    "FROM x\nPARAMETR temperature 1\n",
    "FROM x\n\nMESSAGE robot hi\n",
    "FROM x\nTEMPLATE \"\"\"never closed\n",
    "FROM x\nPARAMETER top-k 1\n",
    "FROM x\r\n  PARAMETER stop   \"\"\"a\nb\"\"\"  \nSYSTEM 你好\n",
    "FROM x\nPARAMETER num_ctx 4096\nPARAMETER penalize_newline true\nPARAMETER mirostat_eta 0.1\n"
    "PARAMETER stop <|eot_id|>\nPARAMETER num_ctx abc\nREQUIRES 1.2\n",
};

void saveEncoded(const SeedWriter& seeds, const std::string& name, const std::string& text) {
  seeds.save("modelfile_fuzz", name, text);
  seeds.save("modelfile_fuzz", name + ".bom", modelfile::encodeModelfileText(text, TextEncoding::Utf8Bom));
  seeds.save("modelfile_fuzz", name + ".utf16le", modelfile::encodeModelfileText(text, TextEncoding::Utf16Le));
  seeds.save("modelfile_fuzz", name + ".utf16be", modelfile::encodeModelfileText(text, TextEncoding::Utf16Be));
}

void writeModelfileSeeds(const SeedWriter& seeds) {
  for (std::size_t i = 0; i < kModelfiles.size(); ++i)
    saveEncoded(seeds, "case" + std::to_string(i), kModelfiles[i]);
  seeds.save("modelfile_fuzz", "invalid-utf8", "FROM x\nSYSTEM \xff\xfe\xc3(\xe2\x82 broken\n");
  seeds.save("modelfile_fuzz", "utf16-lone-surrogate",
             std::string("\xff\xfe"
                         "F\0R\0\x00\xd8\n\0",
                         10));

  // What the create flow sends a server older than 0.5.5.
  ollama::CreateRequest request = testing::visionCreateRequest("/models");
  std::map<std::string, ollama::ParameterValue> parameters;
  std::vector<std::string> warnings;
  (void)ollama::validateParameters(request.parameters, parameters, warnings);
  const ollama::DigestsByName digests = {{"model.gguf", "sha256:" + std::string(64, 'a')},
                                         {"mmproj.gguf", "sha256:" + std::string(64, 'b')}};
  if (const auto text = ollama::buildCreateModelfile(request, digests, parameters))
    saveEncoded(seeds, "create-request", *text);
  for (const auto& preset : modelfile::templatePresets())
    saveEncoded(seeds, "preset-" + preset.id, "FROM ./model.gguf\n" + modelfile::presetModelfileText(preset));
}

void writeTemplateSeeds(const SeedWriter& seeds) {
  const auto& references = templates::referenceTemplates();
  for (std::size_t i = 0; i < references.size(); ++i)
    seeds.save("template_plan_fuzz", "reference" + std::to_string(i), references[i].jinja);
  const std::pair<const char*, const char*> tested[] = {{"openchat", testing::kOpenChat},
                                                        {"llama3", testing::kLlama3},
                                                        {"qwen3", testing::kQwen3},
                                                        {"thinker", testing::kThinker},
                                                        {"round-trip", testing::kRoundTripTemplate}};
  for (const auto& [name, text] : tested)
    seeds.save("template_plan_fuzz", std::string("test-") + name, text);
  for (const auto& family : templates::goTemplateFamilies())
    seeds.save("template_plan_fuzz", "go-" + family.id, family.templateText);
  std::string big;
  while (big.size() + references.front().jinja.size() < 64 * 1024 - 16)
    big += references.front().jinja;
  seeds.save("template_plan_fuzz", "near-64k", big);
  // For the Levenshtein check: cutoff byte, then two short texts.
  seeds.save("template_plan_fuzz", "levenshtein", std::string("\x20kitten") + kRecordSeparator + "sitting");
}

void writeNameSeeds(const SeedWriter& seeds) {
  const std::vector<std::string> names = {"model-00001-of-00003.gguf",
                                          "Qwen2.5-7B-Instruct-Q4_K_M-00002-of-00002.gguf",
                                          "x.gguf.a",
                                          "x.gguf.ab",
                                          "x.gguf.00",
                                          "x.gguf.001",
                                          "x.gguf-split-a",
                                          "x.gguf.part1of2",
                                          "big.gguf.part10of12",
                                          "x-chunk-001-of-018.gguf",
                                          "模型.gguf.aa",
                                          "model.gguf",
                                          "x.gguf.part3of2",
                                          "a-00000-of-00001.gguf"};
  for (std::size_t i = 0; i < names.size(); ++i)
    seeds.save("split_names_fuzz", "name" + std::to_string(i), names[i]);
}

} // namespace

void writeTextSeeds(const SeedWriter& seeds) {
  writeModelfileSeeds(seeds);
  writeTemplateSeeds(seeds);
  writeNameSeeds(seeds);
}

} // namespace md::fuzz
