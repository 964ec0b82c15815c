#pragma once
// Export: an Ollama model out of the store on disk (the server may be on or
// off), into files other tools read. The folder gets the model GGUF (named
// from the model name and the quantization in its header, e.g.
// qwen2.5-7b-instruct-Q4_K_M.gguf), the projector (mmproj-….gguf) and any
// adapters, a Modelfile that recreates the model from those files (FROM
// ./…, TEMPLATE, SYSTEM, PARAMETER, MESSAGE, LICENSE from the manifest's
// layers) and a README.md with sizes and SHA-256s.
//   - plain layout: the files go into the folder given;
//   - lmstudio layout: the folder given is LM Studio's models root
//     (default ~/.lmstudio/models) and the files go to <publisher>/<repo>/
//     under it: hf.co/<user>/<repo>:<tag> gives <user>/<repo>; any other
//     name gives ollama/<model>[-<tag>] ("qwen2.5:7b" → ollama/qwen2.5-7b),
//     or <namespace>/<model>[-<tag>] for a user's namespace.
// Each GGUF is a copy-on-write clone of its blob where the filesystem can,
// else a hard link, else a copy; every one is checked against the blob's
// digest (a copy in the same pass). Files are written under hidden temp
// names and renamed only once all are complete: a failure or a cancel leaves
// nothing under the final names (and removes the folders it made).
// Phases: "exporting" (bytes per file), "verifying" (a clone or a link).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/stores/store_locations.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

enum class ExportLayout { Plain, LmStudio };
// "plain", "lmstudio".
const char* exportLayoutName(ExportLayout layout);
std::optional<ExportLayout> exportLayoutFromName(std::string_view name);

// LM Studio's models folder: ~/.lmstudio/models.
std::filesystem::path defaultLmStudioModelsDir(const stores::EnvironmentLookup& lookup = {});

struct ExportNames {
  std::string base;      // "qwen2.5-7b-instruct": file names start with it
  std::string publisher; // LM Studio's first folder: "bartowski", "ollama"
  std::string repo;      // and its second: "Qwen2.5-7B-Instruct-GGUF", "qwen2.5-7b"
};
// From the model name alone (no file is read).
ExportNames exportNames(const std::string& model);
// "<base>-<QUANT>.gguf": a tag or a base that already ends with the
// quantization does not repeat it; no quantization: "<base>.gguf".
std::string exportFileName(const std::string& base, const std::string& quantization);

struct ExportOptions {
  std::string model;                 // "qwen2.5:7b", "hf.co/user/repo:Q4_K_M"
  std::filesystem::path store;       // OLLAMA_MODELS (the folder holding blobs/ and manifests/)
  std::filesystem::path destination; // plain: the folder itself; lmstudio: LM Studio's models root
  ExportLayout layout = ExportLayout::Plain;
  bool allowClone = true; // off: never a copy-on-write clone (tests)
  bool allowLink = true;  // off: never a hard link
  // Free bytes at a folder (tests); default: the filesystem's.
  std::function<std::uint64_t(const std::filesystem::path&)> freeSpace;
};

struct ExportedFile {
  std::filesystem::path path; // where it is now
  std::string relative;       // its name in the export folder
  std::string role;           // "model", "projector", "adapter", "modelfile" or "readme"
  std::uint64_t size = 0;
  std::string sha256;    // lowercase hex
  std::string placement; // "reflink", "hardlink" or "copy"
  std::uint64_t bytesWritten = 0;
};

struct ExportResult {
  std::string model;
  ExportLayout layout = ExportLayout::Plain;
  std::filesystem::path folder; // where the files are
  std::vector<ExportedFile> files;
  std::string modelfile; // its text
  std::uint64_t bytesWritten = 0;
  double seconds = 0;
};

// Where the files of `options` go: the destination, or <root>/<publisher>/<repo>.
std::filesystem::path exportFolder(const ExportOptions& options);

Result<ExportResult> exportModel(const ExportOptions& options, ProgressReporter& progress);

} // namespace md::ollama
