#pragma once
// A fresh folder under the system temp folder, removed on destruction.
// `home()` is a fake HOME inside it whose path has CJK characters and a
// space, so every path-handling test also covers them.

#include <cstdint>
#include <filesystem>
#include <string>

namespace md::testing {

class TempFolder {
public:
  explicit TempFolder(const std::string& tag = "modeldesk");
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // <temp>/张三/模型 文件, created.
  std::filesystem::path home() const;

private:
  std::filesystem::path path_;
};

std::string readText(const std::filesystem::path& path);
// Creates the parent folders; returns the number of bytes written.
std::uint64_t writeText(const std::filesystem::path& path, const std::string& text);

} // namespace md::testing
