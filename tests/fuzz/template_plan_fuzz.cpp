// libFuzzer target for the template plan on arbitrary chat templates (up
// to 64 KiB, as a GGUF may carry): Ollama's Levenshtein detection against
// the 37 reference templates, ModelDesk's family recognition, the traits,
// and the whole plan (which runs the detection) for a server version. It must finish in bounded
// time (scripts/fuzz.sh sets -timeout). The banded Levenshtein is also
// checked against the fake Ollama's plain one on short texts.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/modelfile/parser.h"
#include "core/templates/capabilities.h"
#include "core/templates/go_families.h"
#include "core/templates/levenshtein.h"
#include "core/templates/reference_templates.h"
#include "core/templates/template_plan.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/support/fake_ollama_templates.h"

namespace {

using md::fuzz::check;

// Short inputs: "a<RS>b" and a cutoff from the first byte, checked
// against the plain algorithm.
void checkLevenshtein(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > 512)
    return;
  const std::size_t cutoff = data[0] % 40;
  const auto records = md::fuzz::splitRecords(md::fuzz::asText(data + 1, size - 1));
  const std::u32string a = md::templates::codePoints(records.front());
  const std::u32string b = md::templates::codePoints(records.size() > 1 ? records[1] : std::string_view());
  const std::size_t expected = md::testing::fullLevenshtein(a, b);
  const auto banded = md::templates::levenshteinBelow(a, b, cutoff);
  if (expected < cutoff)
    check(banded && *banded == expected, "the banded Levenshtein distance is wrong");
  else
    check(!banded, "the banded Levenshtein found a distance at or past the cutoff");
}

// The plan runs Ollama's detection (the costly part) once per input, for a
// server before or after Jinja rendering (0.30), by the input's length.
void checkPlan(std::string_view chatTemplate) {
  static const md::modelfile::Modelfile modelfile = *md::modelfile::parseModelfile("FROM ./model.gguf\n");
  md::templates::TemplatePlanInput input;
  input.modelfile = modelfile;
  input.chatTemplate = std::string(chatTemplate);
  input.serverVersion = chatTemplate.size() % 2 == 0 ? md::Version{0, 5, 7} : md::Version{0, 30, 0};
  input.hasProjector = chatTemplate.size() % 3 == 0;
  const auto plan = md::templates::planTemplate(input);
  check(!plan.needsTemplate || !plan.warnings.empty(), "a plan that needs a template gives no warning");
  if (plan.detected)
    check(plan.detected->distance < md::templates::kDetectionCutoff, "a detected template past the cutoff");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  checkLevenshtein(data, size);
  const std::string_view text = md::fuzz::asText(data, size);
  if (const auto family = md::templates::recognizeJinjaFamily(text))
    check(md::templates::findGoTemplateFamily(*family) != nullptr, "a recognised family ModelDesk has no template for");
  (void)md::templates::jinjaTraits(text);
  (void)md::templates::goTraits(text);
  checkPlan(text);
  return 0;
}
