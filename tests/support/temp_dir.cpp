#include "tests/support/temp_dir.h"

#include <atomic>
#include <random>
#include <system_error>

#include <unistd.h>

namespace md::testing {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device random;
  auto base = std::filesystem::temp_directory_path();
  for (;;) {
    auto name = "modeldesk-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
                std::to_string(random() % 100000);
    std::error_code error;
    if (std::filesystem::create_directory(base / name, error)) {
      path_ = base / name;
      return;
    }
  }
}

TempDir::~TempDir() {
  std::error_code error;
  std::filesystem::remove_all(path_, error);
}

} // namespace md::testing
