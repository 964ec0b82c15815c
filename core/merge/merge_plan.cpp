#include "core/merge/merge_plan.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/gguf/not_gguf.h"
#include "core/gguf/reader.h"
#include "core/gguf/split_names.h"
#include "core/merge/plan_rules.h"
#include "core/util/paths.h"

namespace md::merge {
namespace fs = std::filesystem;

const char* modeName(MergeMode mode) {
  switch (mode) {
  case MergeMode::JoinParts: return "join-parts";
  case MergeMode::MergeShards: return "merge-shards";
  case MergeMode::ModelAndProjector: return "model-projector";
  case MergeMode::Nothing: return "nothing";
  case MergeMode::Refused: return "refused";
  }
  return "refused";
}

const char* fileRoleName(FileRole role) {
  switch (role) {
  case FileRole::Part: return "part";
  case FileRole::Shard: return "shard";
  case FileRole::Model: return "model";
  case FileRole::Projector: return "projector";
  case FileRole::Adapter: return "adapter";
  case FileRole::NotGguf: return "not-gguf";
  case FileRole::Unknown: return "unknown";
  }
  return "unknown";
}

const PlannedFile* MergePlan::first(FileRole role) const {
  for (const auto& file : files)
    if (file.role == role)
      return &file;
  return nullptr;
}

namespace {

std::string lowerAscii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// "a GGUF projector (clip)": the role, with the architecture when known.
Message ggufReason(const gguf::Summary& summary) {
  const bool named = !summary.architecture.empty();
  switch (summary.role) {
  case gguf::Role::Projector:
    return named ? Message(MessageId::GgufProjectorReason, {summary.architecture}) : Message(MessageId::GgufProjector);
  case gguf::Role::Adapter:
    return named ? Message(MessageId::GgufAdapterReason, {summary.architecture}) : Message(MessageId::GgufAdapter);
  case gguf::Role::Unknown:
  case gguf::Role::Shard:
  case gguf::Role::Part: return Message(MessageId::GgufFile);
  case gguf::Role::Model: break;
  }
  return named ? Message(MessageId::GgufModelReason, {summary.architecture}) : Message(MessageId::GgufModel);
}

FileRole roleFromSummary(gguf::Role role) {
  switch (role) {
  case gguf::Role::Model: return FileRole::Model;
  case gguf::Role::Projector: return FileRole::Projector;
  case gguf::Role::Adapter: return FileRole::Adapter;
  case gguf::Role::Shard: return FileRole::Shard;
  case gguf::Role::Part: return FileRole::Part;
  case gguf::Role::Unknown: return FileRole::Unknown;
  }
  return FileRole::Unknown;
}

PlannedFile inspect(const fs::path& path) {
  PlannedFile file;
  file.path = path;
  const auto name = pathToUtf8(path.filename());
  std::error_code ec;
  file.size = fs::file_size(path, ec);
  if (ec) {
    file.role = FileRole::NotGguf;
    file.problem = ec == std::errc::no_such_file_or_directory ? Message(MessageId::NoSuchFile, {name})
                                                              : Message(MessageId::CannotRead, {name, ec.message()});
    return file;
  }
  auto part = gguf::parsePartName(name);
  if (gguf::hasGgufMagic(path)) {
    auto header = gguf::readGguf(path);
    if (!header) {
      file.problem = Message(MessageId::FileProblem, {name, header.error().describe()});
      return file;
    }
    auto summary = gguf::summarize(*header);
    file.role = roleFromSummary(summary.role);
    file.header = std::move(*header);
    if (file.role == FileRole::Shard) {
      file.order = summary.split->number;
      file.reason = Message(MessageId::ShardReason, {MessageArg::number(std::uint64_t(summary.split->number)),
                                                     MessageArg::number(std::uint64_t(summary.split->count))});
    } else if (part) {
      file.role = FileRole::Part;
      file.order = part->index;
      file.reason = Message(MessageId::PartStartsReason, {MessageArg::number(std::uint64_t(part->index))});
    } else {
      file.reason = ggufReason(summary);
      if (!summary.complete)
        file.problem = Message(MessageId::IncompleteDownload, {name, MessageArg::bytes(summary.missingBytes)});
    }
    return file;
  }
  if (part) {
    file.role = FileRole::Part;
    file.order = part->index;
    file.reason = Message(MessageId::PartContinuesReason, {MessageArg::number(std::uint64_t(part->index))});
    return file;
  }
  file.role = FileRole::NotGguf;
  file.problem = gguf::notGgufProblem(name, path, file.size);
  return file;
}

// A checksum next to a model (ModelDesk's own "<output>.sha256", or one that
// came with a download) is picked up by "x.gguf*" and by a folder's
// selection: it is left out with a note instead of refusing the set.
bool isChecksumFile(const fs::path& path) {
  const std::string extension = lowerAscii(pathToUtf8(path.extension()));
  return extension == ".sha256" || extension == ".sha256sum" || extension == ".md5";
}

} // namespace

MergePlan classify(const std::vector<fs::path>& inputs) {
  MergePlan plan;
  std::set<fs::path> seen;
  for (const auto& input : inputs) {
    if (isChecksumFile(input)) {
      plan.leftOut.push_back(input); // noted after planning, so the plan's own notes come first
      continue;
    }
    std::error_code ec;
    auto canonical = fs::weakly_canonical(input, ec);
    if (!seen.insert(ec ? input : canonical).second) {
      plan.problems.push_back(Message(MessageId::ListedTwice, {pathToUtf8(input.filename())}));
      continue;
    }
    plan.files.push_back(inspect(input));
  }
  auto noteLeftOut = [&plan] {
    for (const auto& path : plan.leftOut)
      plan.notes.push_back(Message(MessageId::ChecksumLeftOut, {pathToUtf8(path.filename())}));
  };
  if (plan.files.empty()) {
    plan.problems.push_back(Message(MessageId::NoFilesToMerge));
    plan.mode = MergeMode::Refused;
    noteLeftOut();
    return plan;
  }
  for (const auto& file : plan.files)
    if (file.problem && file.role != FileRole::Part && file.role != FileRole::Shard)
      plan.problems.push_back(*file.problem);

  auto count = [&](FileRole role) {
    return std::count_if(plan.files.begin(), plan.files.end(), [&](const PlannedFile& f) { return f.role == role; });
  };
  if (count(FileRole::Shard) > 0 && count(FileRole::Part) > 0) {
    plan.problems.push_back(
        Message(MessageId::ShardsAndParts, {pathToUtf8(plan.first(FileRole::Shard)->path.filename()),
                                            pathToUtf8(plan.first(FileRole::Part)->path.filename())}));
  } else if (count(FileRole::Shard) > 0) {
    planShards(plan);
  } else if (count(FileRole::Part) > 0) {
    planParts(plan);
  } else if (plan.problems.empty()) {
    planModelSet(plan);
  }
  if (!plan.problems.empty())
    plan.mode = MergeMode::Refused;
  noteLeftOut();
  return plan;
}

} // namespace md::merge
