#pragma once
// One file found in a local model store: the Ollama store, the Hugging Face
// cache, the ModelScope cache or a folder the user added. Entries that point
// at the same physical file (a blob shared by two Ollama models, a Xet blob
// shared by two repos) carry the same physicalId, so space is counted once.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/gguf/summary.h"
#include "core/util/message.h"

namespace md::stores {

enum class SourceKind { Ollama, HuggingFace, ModelScope, Folder };

// "ollama", "huggingface", "modelscope", "folder".
const char* sourceName(SourceKind source);

// The header facts a store browser shows; a subset of gguf::Summary.
struct HeaderFacts {
  gguf::Role role = gguf::Role::Unknown;
  std::string architecture;
  std::string name;     // general.name
  std::string fileType; // "Q4_K_M"
  std::uint64_t parameterCount = 0;
  int splitNumber = 0; // 1-based, 0 when not a shard
  int splitCount = 0;
  bool complete = true;
  std::uint64_t missingBytes = 0;
};

HeaderFacts headerFactsFrom(const gguf::Summary& summary);

struct StoreEntry {
  SourceKind source = SourceKind::Folder;
  std::filesystem::path path;     // as the store presents it (snapshot file, blob)
  std::filesystem::path realPath; // the file holding the bytes (symlinks resolved)
  std::filesystem::path root;     // the store or folder that was scanned
  std::string displayName;        // "qwen2:latest", "org/repo@main/x.gguf", "org/name/x.gguf"
  std::string model;              // grouping for usage: "qwen2:latest", "org/repo", "org/name"
  std::string layer;              // Ollama media type suffix ("model", "projector"…), else empty
  std::uint64_t size = 0;
  std::int64_t mtimeNs = 0; // since the Unix epoch
  std::string physicalId;   // "dev:inode", or the path when the OS gives no identity
  std::string sha256;       // lower-case hex when the store names the content by it
  bool gguf = false;        // a GGUF by name, media type or magic
  std::optional<HeaderFacts> header;
  std::string headerError;        // why the header could not be read
  bool orphan = false;            // a blob no manifest or snapshot uses
  bool partial = false;           // an unfinished download (-partial, .incomplete, .part)
  bool legacyName = false;        // an Ollama blob named sha256:<hex>
  bool leftover = false;          // ModelDesk's temp file, its process gone (a killed merge or import)
  long leftoverPid = 0;           // that process (from the file name)
  std::vector<std::string> hints; // e.g. ModelScope sidecars seen next to the file
};

struct ScanNote {
  ScanNote(std::filesystem::path where, Message what)
      : path(std::move(where)), message(what.english()), text(std::move(what)) {}

  std::filesystem::path path;
  std::string message; // the English of `text` (the CLI prints it)
  Message text;        // what was skipped and why, as a code (the UI translates it)
};

// What one scanner found in one store or folder.
struct SourceScan {
  std::vector<StoreEntry> entries;
  std::vector<ScanNote> notes;
};

} // namespace md::stores
