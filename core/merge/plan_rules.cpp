#include "core/merge/plan_rules.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/gguf/split_names.h"
#include "core/util/paths.h"
#include "core/util/printable_text.h"

namespace md::merge {

namespace {

std::string nameOf(const PlannedFile& file) {
  return pathToUtf8(file.path.filename());
}

void sortByOrder(MergePlan& plan) {
  std::stable_sort(plan.files.begin(), plan.files.end(),
                   [](const PlannedFile& a, const PlannedFile& b) { return a.order < b.order; });
}

// Reports duplicates (by `describe`, "part .b") and gaps in 1..total, the
// gaps in one line naming the files to look for (by `fileName`).
void checkSequence(MergePlan& plan, int total, bool shards, const std::function<std::string(int)>& describe,
                   const std::function<std::string(int)>& fileName) {
  std::map<int, std::vector<const PlannedFile*>> byOrder;
  for (const auto& file : plan.files)
    byOrder[file.order].push_back(&file);
  for (const auto& [order, files] : byOrder)
    if (files.size() > 1)
      plan.problems.push_back(Message(shards ? MessageId::ShardTwice : MessageId::PartTwice,
                                      {describe(order), nameOf(*files[0]), nameOf(*files[1])}));
  constexpr int kNamesShown = 4;
  std::string missing;
  int missingCount = 0;
  for (int order = 1; order <= total; ++order) {
    if (byOrder.count(order))
      continue;
    if (++missingCount <= kNamesShown)
      missing += (missing.empty() ? "" : ", ") + fileName(order);
  }
  if (missingCount > kNamesShown)
    missing += ", …";
  if (missingCount > 0)
    plan.problems.push_back(
        Message(shards ? MessageId::MissingShards : MessageId::MissingParts,
                {missing, MessageArg::number(byOrder.size()), MessageArg::number(std::uint64_t(total))}));
}

// The file name part `index` has in the naming style of `sample` (whose
// file is `sampleName`): x.gguf.c, x.gguf-split-c, x.gguf.part3of5,
// x-chunk-003-of-018.gguf.
std::string partFileName(const std::string& sampleName, const gguf::PartName& sample, int index) {
  const std::string suffix = gguf::partSuffix(sample, index);
  if (sample.style == "split-letters")
    return sample.joinedName + "-split-" + suffix;
  if (sample.style == "chunk-of") {
    const std::string marker = "-chunk-" + sample.suffix;
    if (const auto at = sampleName.rfind(marker); at != std::string::npos)
      return sampleName.substr(0, at) + "-chunk-" + suffix + sampleName.substr(at + marker.size());
    return "chunk " + suffix;
  }
  return sample.joinedName + "." + suffix;
}

} // namespace

void planParts(MergePlan& plan) {
  plan.mode = MergeMode::JoinParts;
  std::set<std::string> joinedNames;
  std::optional<int> declaredCount;
  std::optional<gguf::PartName> sample;
  for (auto& file : plan.files) {
    if (file.role == FileRole::NotGguf)
      continue; // already refused for what it is
    auto part = gguf::parsePartName(nameOf(file));
    if (!part) {
      plan.problems.push_back(Message(MessageId::PartNameMissing, {nameOf(file), nameOf(*plan.first(FileRole::Part))}));
      continue;
    }
    joinedNames.insert(part->joinedName);
    sample = part;
    if (part->count)
      declaredCount = std::max(declaredCount.value_or(0), *part->count);
  }
  if (joinedNames.size() > 1) {
    plan.problems.push_back(
        Message(MessageId::PartsOfDifferentFiles, {*joinedNames.begin(), *std::next(joinedNames.begin())}));
    return;
  }
  if (!plan.problems.empty())
    return;
  sortByOrder(plan);
  plan.suggestedName = *joinedNames.begin();
  int highest = plan.files.back().order;
  auto describe = [&](int order) {
    auto suffix = gguf::partSuffix(*sample, order);
    if (sample->style == "split-letters")
      return "-split-" + suffix;
    return (sample->style == "chunk-of" ? "chunk " : ".") + suffix;
  };
  const std::string sampleName = nameOf(plan.files.front());
  const auto sampleOfFirst = gguf::parsePartName(sampleName);
  checkSequence(plan, std::max(highest, declaredCount.value_or(0)), false, describe, [&](int order) {
    return sampleOfFirst ? partFileName(sampleName, *sampleOfFirst, order) : "part " + describe(order);
  });

  std::vector<const PlannedFile*> withHeader;
  for (const auto& file : plan.files)
    if (file.header)
      withHeader.push_back(&file);
  const auto& first = plan.files.front();
  if (withHeader.empty()) {
    plan.problems.push_back(Message(MessageId::NoPartStartsWithGguf, {plan.suggestedName}));
    return;
  }
  if (withHeader.front() != &first) {
    plan.problems.push_back(Message(MessageId::WrongPartOrder, {nameOf(*withHeader.front()), nameOf(first)}));
    return;
  }
  if (withHeader.size() > 1) {
    plan.problems.push_back(Message(MessageId::SecondPartStartsWithGguf, {nameOf(*withHeader[1])}));
    return;
  }
  std::uint64_t total = 0;
  for (const auto& file : plan.files)
    total += file.size;
  plan.outputSize = total;
  const auto& header = *first.header;
  if (total < header.dataEnd)
    plan.problems.push_back(Message(MessageId::PartsTooSmall, {MessageArg::bytes(total), nameOf(first),
                                                               MessageArg::bytes(header.expectedFileSize),
                                                               MessageArg::bytes(header.dataEnd - total)}));
  else if (total > header.expectedFileSize)
    plan.problems.push_back(
        Message(MessageId::PartsTooLarge,
                {MessageArg::bytes(total), MessageArg::bytes(header.expectedFileSize), nameOf(first)}));
}

void planShards(MergePlan& plan) {
  plan.mode = MergeMode::MergeShards;
  for (const auto& file : plan.files)
    if (file.role != FileRole::Shard)
      plan.problems.push_back(Message(MessageId::NotAShard, {nameOf(file)}));
  if (!plan.problems.empty())
    return;
  sortByOrder(plan);
  const auto& first = plan.files.front();
  auto count = first.header->getUnsigned("split.count").value_or(0);
  for (const auto& file : plan.files) {
    auto fileCount = file.header->getUnsigned("split.count").value_or(0);
    if (fileCount != count)
      plan.problems.push_back(Message(MessageId::SplitCountDiffers, {nameOf(first), MessageArg::number(count),
                                                                     nameOf(file), MessageArg::number(fileCount)}));
    if (auto name = gguf::parseShardName(nameOf(file)); name && name->number != file.order)
      plan.problems.push_back(
          Message(MessageId::ShardNumberDiffers, {nameOf(file), MessageArg::number(std::uint64_t(name->number)),
                                                  MessageArg::number(std::uint64_t(file.order))}));
  }
  if (!plan.problems.empty())
    return;
  const auto firstName = gguf::parseShardName(nameOf(first));
  checkSequence(
      plan, static_cast<int>(count), true,
      [&](int order) { return std::to_string(order) + " of " + std::to_string(count); },
      [&](int order) {
        return firstName ? gguf::shardFileName(firstName->prefix, order, static_cast<int>(count))
                         : "shard " + std::to_string(order) + " of " + std::to_string(count);
      });
  if (!plan.problems.empty())
    return;
  const auto* total = first.header->find("split.tensors.count");
  std::uint64_t tensors = 0;
  std::set<std::string> names;
  for (const auto& file : plan.files) {
    if (!file.header->complete)
      plan.problems.push_back(
          Message(MessageId::Incomplete, {nameOf(file), MessageArg::bytes(file.header->missingBytes)}));
    for (const auto& tensor : file.header->tensors)
      if (!names.insert(tensor.name).second)
        plan.problems.push_back(Message(MessageId::TensorInSeveralShards, {printableText(tensor.name), nameOf(file)}));
    tensors += file.header->tensors.size();
    plan.outputSize += file.size;
  }
  if (total && total->asUnsigned() != tensors)
    plan.problems.push_back(
        Message(MessageId::ShardTensorCountDiffers, {MessageArg::number(tensors), nameOf(first), total->preview()}));
  auto shardName = gguf::parseShardName(nameOf(first));
  plan.suggestedName = (shardName ? shardName->prefix : pathToUtf8(first.path.stem())) + ".gguf";
  plan.notes.push_back(Message(MessageId::ShardsImportDirectly));
}

void planModelSet(MergePlan& plan) {
  std::vector<const PlannedFile*> models, projectors, adapters;
  for (const auto& file : plan.files) {
    if (file.role == FileRole::Model)
      models.push_back(&file);
    else if (file.role == FileRole::Projector)
      projectors.push_back(&file);
    else if (file.role == FileRole::Adapter)
      adapters.push_back(&file);
    else
      plan.problems.push_back(Message(MessageId::NoTensors, {nameOf(file)}));
  }
  if (models.size() > 1)
    plan.problems.push_back(Message(MessageId::BothModels, {nameOf(*models[0]), nameOf(*models[1])}));
  if (projectors.size() > 1)
    plan.problems.push_back(Message(MessageId::BothProjectors, {nameOf(*projectors[0]), nameOf(*projectors[1])}));
  if (adapters.size() > 1)
    plan.problems.push_back(Message(MessageId::BothAdapters, {nameOf(*adapters[0]), nameOf(*adapters[1])}));
  if (models.empty() && plan.problems.empty())
    plan.problems.push_back(Message(MessageId::NoModelAmongFiles));
  if (!plan.problems.empty())
    return;
  if (plan.files.size() == 1) {
    plan.mode = MergeMode::Nothing;
    plan.notes.push_back(Message(MessageId::AlreadyComplete, {nameOf(*models[0])}));
    return;
  }
  plan.mode = MergeMode::ModelAndProjector;
  auto rank = [](FileRole role) { return role == FileRole::Model ? 0 : role == FileRole::Projector ? 1 : 2; };
  std::stable_sort(plan.files.begin(), plan.files.end(),
                   [&](const PlannedFile& a, const PlannedFile& b) { return rank(a.role) < rank(b.role); });
  int order = 1;
  for (auto& file : plan.files)
    file.order = order++;
  plan.outputSize = models[0]->size + (projectors.empty() ? 0 : projectors[0]->size);
  plan.suggestedName = pathToUtf8(plan.files.front().path.stem()) + "-with-mmproj.gguf";
  plan.notes.push_back(Message(MessageId::ProjectorSeparateFile));
}

} // namespace md::merge
