#pragma once
// Ollama's `quantize` field of POST /api/create, as Ollama 0.33 handles it
// (server/create.go createModel, fs/ggml/type.go ParseFileType):
//   - the type is upper-cased, then must be one of F32, F16, BF16, Q8_0,
//     Q4_K_S, Q4_K_M (Q4_K is Q4_K_M); else the stream ends with
//     "unsupported quantization type X - supported types are F32, F16, Q4_K_S, Q4_K_M, Q8_0";
//   - only the model layer is quantized, and only from an F16, BF16 or F32
//     GGUF (general.file_type); else "quantization is only supported for
//     F16, BF16 and F32 models" (before 0.22.1: F16 and F32 only);
//   - a source already of the type is kept as it is;
//   - the server streams "quantizing F16 model to Q4_K_M" (digest
//     "0000000000000000000", total and completed bytes), then "verifying
//     conversion", and writes the result as a new blob; the uploaded F16
//     blob stays in blobs/ unreferenced until a server start prunes it
//     (unreferenced blobs older than an hour, unless OLLAMA_NOPRUNE).
// The field exists since 0.1.35 (JSON create and the older Modelfile form).
// docs/QUANTIZE.md has the sources of these facts.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gguf/gguf_file.h"
#include "core/ollama/requests.h"
#include "core/ollama/version.h"
#include "core/util/result.h"

namespace md::ollama {

inline constexpr Version kQuantizeOnCreate{0, 1, 35}; // `quantize` in create
inline constexpr Version kQuantizeFromBf16{0, 22, 1}; // BF16 sources accepted

// The canonical name of a type Ollama accepts ("q4_k_m" → "Q4_K_M",
// "Q4_K" → "Q4_K_M"); nullopt for any other text.
std::optional<std::string> quantizeType(std::string_view text);
// The types ModelDesk offers, most useful first: Q4_K_M, Q4_K_S, Q8_0.
const std::vector<std::string>& offeredQuantizeTypes();
// "F32, F16, Q4_K_S, Q4_K_M, Q8_0", as Ollama lists them.
std::string acceptedQuantizeTypesText();

// True when a model of `fileType` (general.file_type's name, "F16") may be
// quantized by this server.
bool quantizableSource(const std::string& fileType, const Version& server);

// Checks a quantize request before any byte is uploaded: the server's
// version, the type, and the source's file type (`sourceName` names the
// file in messages). Coded errors: QuantizeNeedsVersion, QuantizeTypeUnknown,
// QuantizeSourceQuantized, QuantizeBf16NeedsVersion.
Status checkQuantize(const std::string& type, const std::string& sourceFileType, const std::string& sourceName,
                     const Version& server);

// The model's general.file_type as Ollama names it ("F16"), or "without
// general.file_type" (Ollama refuses such a model).
std::string quantizeSourceType(const gguf::GgufFile& header);

// The header of the request's first model file (a projector or adapter is
// never quantized; a file that is not a GGUF is skipped), or nullopt.
std::optional<gguf::GgufFile> quantizeSourceHeader(const CreateRequest& request, std::string* name = nullptr);

// The same for a create request: reads the header of its first model file
// (a projector or adapter is never quantized). Nothing to check without
// `quantize`; with `from` only the version and the type (the server knows the
// base model). On success `request.quantize` holds the canonical type.
Status checkQuantizeRequest(CreateRequest& request, const Version& server);

} // namespace md::ollama
