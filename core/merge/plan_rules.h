#pragma once
// The rules behind classify(), one per kind of set. Each fills plan.mode,
// orders plan.files and appends every problem it finds. Internal to merge.

#include "core/merge/merge_plan.h"

namespace md::merge {

void planParts(MergePlan& plan);
void planShards(MergePlan& plan);
void planModelSet(MergePlan& plan);

} // namespace md::merge
