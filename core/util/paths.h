#pragma once
// UTF-8 <-> std::filesystem::path. Core keeps paths as fs::path so wide
// Windows paths (C:\Users\张三\模型 文件\x.gguf) survive; text that leaves
// core (JSON, messages) is UTF-8.

#include <filesystem>
#include <string>
#include <string_view>

namespace md {

std::string pathToUtf8(const std::filesystem::path& path);
std::filesystem::path pathFromUtf8(std::string_view utf8);

// "1.5 GiB", "320 KiB", "12 B".
std::string formatBytes(std::uint64_t bytes);

} // namespace md
