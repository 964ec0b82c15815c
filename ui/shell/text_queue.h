#pragma once
// Text a job thread produces (a server's status lines, streamed tokens) for
// the GUI thread, which takes it on a timer or a progress signal.

#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace md {
namespace ui {

class TextQueue {
public:
  void push(std::string text) {
    std::lock_guard lock(mutex_);
    items_.push_back(std::move(text));
  }
  std::vector<std::string> take() {
    std::lock_guard lock(mutex_);
    return std::exchange(items_, {});
  }

private:
  std::mutex mutex_;
  std::vector<std::string> items_;
};

} // namespace ui
} // namespace md
