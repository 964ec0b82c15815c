#pragma once
// Classification: turns a set of files into a merge plan, with a role and a
// reason for each file, or refuses with problems that name the file and
// what is wrong. Reads headers only.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/gguf/gguf_file.h"
#include "core/gguf/summary.h"
#include "core/util/message.h"

namespace md::merge {

enum class MergeMode {
  JoinParts,         // byte-split parts → concatenate in order
  MergeShards,       // llama.cpp shards → one file, header rewritten
  ModelAndProjector, // a model plus a projector (and maybe an adapter)
  Nothing,           // a single complete file: nothing to merge
  Refused,           // the set cannot be merged; see problems
};

// "join-parts", "merge-shards", "model-projector", "nothing", "refused".
const char* modeName(MergeMode mode);

enum class FileRole { Part, Shard, Model, Projector, Adapter, NotGguf, Unknown };
const char* fileRoleName(FileRole role); // "part", "shard", "model", …

struct PlannedFile {
  std::filesystem::path path;
  std::uint64_t size = 0;
  FileRole role = FileRole::Unknown;
  int order = 0;                        // 1-based position in the output (parts, shards)
  Message reason;                       // why this role: "part 2 of a byte split (by its name)…"
  std::optional<Message> problem;       // unset when the file is fine
  std::optional<gguf::GgufFile> header; // when the file starts with GGUF and parsed
};

struct MergePlan {
  MergeMode mode = MergeMode::Refused;
  std::vector<PlannedFile> files;             // in output order where one applies
  std::vector<Message> problems;              // every refusal reason, each naming a file
  std::vector<Message> notes;                 // advice that does not block (Ollama versions, …)
  std::vector<std::filesystem::path> leftOut; // checksum files among the inputs, not merged (each also a note)
  std::string suggestedName;                  // output file name, e.g. "x.gguf"
  std::uint64_t outputSize = 0;               // expected bytes of the output
  bool ok() const { return problems.empty() && mode != MergeMode::Refused; }
  const PlannedFile* first(FileRole role) const;
};

MergePlan classify(const std::vector<std::filesystem::path>& inputs);

} // namespace md::merge
