#pragma once
// The fake server's `quantize` step of POST /api/create, as Ollama 0.33's
// createModel does it (server/create.go, fs/ggml/type.go): the type is
// upper-cased and must be one ParseFileType knows (F32, F16, BF16, Q8_0,
// Q4_K_S, Q4_K_M, Q4_K); the model must be F16, BF16 or F32 (before 0.22.1:
// F16 or F32); a model already of the type is kept. Otherwise it streams
// "quantizing F16 model to Q4_K_M" lines (digest "0000000000000000000",
// total, completed) and "verifying conversion", and writes the result as a
// new blob: the source's bytes with general.file_type set to the new type
// (the fake does not quantize tensors), so the result reads as that type.
// The source blob stays in blobs/, unreferenced, as Ollama leaves it.

#include <string>

#include <nlohmann/json.hpp>

#include "core/ollama/version.h"
#include "tests/support/fake_ollama_internal.h"

namespace md::testing {

struct QuantizeStep {
  FakeStore& store;
  const ollama::Version& version;
  LineWriter& out;
};

// Quantizes the model layer `layer` (replaced by the new one) whose file
// type is `fileType` ("F16"; updated). False when the stream ended with an
// error line.
bool fakeQuantize(const QuantizeStep& step, const std::string& requested, nlohmann::json& layer, std::string& fileType);

} // namespace md::testing
