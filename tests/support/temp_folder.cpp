#include "tests/support/temp_folder.h"

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/util/paths.h"

#ifdef _WIN32
#include <process.h>
#define MD_TEST_GETPID _getpid
#else
#include <unistd.h>
#define MD_TEST_GETPID getpid
#endif

namespace md::testing {
namespace fs = std::filesystem;

TempFolder::TempFolder(const std::string& tag) {
  static std::atomic<int> counter{0};
  const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
  path_ = fs::temp_directory_path() / (tag + "-" + std::to_string(MD_TEST_GETPID()) + "-" +
                                       std::to_string(counter++) + "-" + std::to_string(stamp));
  fs::create_directories(path_);
}

TempFolder::~TempFolder() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

fs::path TempFolder::home() const {
  const fs::path home = path_ / pathFromUtf8("张三") / pathFromUtf8("模型 文件");
  fs::create_directories(home);
  return home;
}

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::uint64_t writeText(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
  return text.size();
}

} // namespace md::testing
