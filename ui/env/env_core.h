#pragma once
// The core/env objects the Environment page uses from its jobs: shared with
// every job so a job that outlives the page still has them, and a mutex so
// two jobs never change the persisted files at once.

#include <memory>
#include <mutex>

#include "core/env/env_manager.h"

namespace md {
namespace ui {

struct EnvCore {
  EnvCore()
      : context(env::DefaultContext::fromProcess()), platform(env::makePlatformEnv(context)),
        manager(*platform.backend, platform.historyFolder, context) {}
  env::DefaultContext context;
  env::PlatformEnv platform;
  env::EnvManager manager;
  std::mutex mutex;
};

} // namespace ui
} // namespace md
