#pragma once
// What a GGUF would become when quantized (Ollama's create with `quantize`,
// which runs llama.cpp's llama-quantize): the tensor bytes, estimated from
// the header by llama.cpp's choice of type per tensor, so the memory
// estimate of summary.h can be shown before anything runs.

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/gguf/gguf_file.h"
#include "core/gguf/summary.h"

namespace md::gguf {

struct QuantizeEstimate {
  Summary summary;             // the file's summary with fileType and tensorBytes of the result
  std::uint64_t fileBytes = 0; // header plus the estimated tensor bytes
};

// `target`: "Q4_K_M", "Q4_K_S", "Q8_0", "F16", "BF16" or "F32"; nullopt for
// another. Only 2-D (and larger) weights change type, as in llama-quantize:
//   Q4_K_M: Q4_K, with Q6_K for output.weight and for attn_v/ffn_down in the
//           layers llama.cpp gives more bits (the first and last eighth and
//           every third between);
//   Q4_K_S: Q4_K, with Q6_K for output.weight; Q8_0, F16, BF16, F32: that type.
// A row whose length is not a multiple of the type's block falls back to
// Q8_0, else F16.
std::optional<QuantizeEstimate> estimateQuantized(const GgufFile& file, std::string_view target);

} // namespace md::gguf
