// The store options of scan and reclaim (see store_options.h).

#include "app/cli/store_options.h"

#include "core/stores/store_locations.h"
#include "core/util/paths.h"

namespace md::cli {

stores::ScanRequest takeStoreOptions(Args& args) {
  stores::ScanRequest request;
  auto ollama = args.takeOption("ollama");
  if (auto store = args.takeOption("store"))
    ollama = store;
  if (ollama)
    request.ollama = pathFromUtf8(*ollama);
  if (auto dir = args.takeOption("hf"))
    request.huggingFace = pathFromUtf8(*dir);
  if (auto dir = args.takeOption("modelscope"))
    request.modelScope = pathFromUtf8(*dir);
  for (const auto& dir : args.takeAll("folder"))
    request.folders.push_back(pathFromUtf8(dir));
  if (auto dir = args.takeOption("index"))
    request.indexFolder = pathFromUtf8(*dir);
  if (!request.ollama && !request.huggingFace && !request.modelScope && request.folders.empty()) {
    const auto defaults = stores::defaultStoreLocations();
    request.ollama = defaults.ollama;
    request.huggingFace = defaults.huggingFace;
    request.modelScope = defaults.modelScope;
  }
  return request;
}

} // namespace md::cli
