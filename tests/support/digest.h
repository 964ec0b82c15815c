#pragma once
// SHA-256 of bytes and files, computed independently of the code under test.

#include <filesystem>
#include <string>
#include <vector>

namespace md::testing {

std::string sha256Hex(const std::vector<std::byte>& bytes);
std::string sha256OfFile(const std::filesystem::path& path);

} // namespace md::testing
