// The helpers every fuzz target shares (see fuzz_support.h).
#include "tests/fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <system_error>

#include <unistd.h>

namespace fs = std::filesystem;

namespace md::fuzz {

std::vector<std::string_view> splitRecords(std::string_view input) {
  std::vector<std::string_view> records;
  for (;;) {
    const auto at = input.find(kRecordSeparator);
    records.push_back(input.substr(0, at));
    if (at == std::string_view::npos)
      return records;
    input.remove_prefix(at + 1);
  }
}

std::string joinRecords(const std::vector<std::string>& records) {
  std::string joined;
  for (std::size_t i = 0; i < records.size(); ++i)
    joined += (i == 0 ? "" : std::string(1, kRecordSeparator)) + records[i];
  return joined;
}

void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

void checkError(const Error& error, const char* reader) {
  if (error.message.empty() || error.describe().empty())
    fail(std::string(reader) + " returned an error without a message");
}

namespace {

fs::path makeScratch() {
  std::string pattern = (fs::temp_directory_path() / "modeldesk-fuzz-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr)
    fail("cannot create a scratch folder under " + fs::temp_directory_path().string());
  std::atexit([] {
    std::error_code ignored;
    emptyFolder(scratch());
    fs::remove(scratch(), ignored);
  });
  return pattern;
}

} // namespace

const fs::path& scratch() {
  static const fs::path folder = makeScratch();
  return folder;
}

void emptyFolder(const fs::path& folder) {
  std::error_code error;
  for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
    if (it->is_directory(error) && !it->is_symlink(error))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, error);
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::error_code ignored;
    fs::remove_all(it->path(), ignored);
  }
}

bool writeFile(const fs::path& path, std::string_view bytes) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  return bool(out);
}

fs::path safeRelativePath(std::string_view text, int maxDepth) {
  fs::path relative;
  int depth = 0;
  while (!text.empty() && depth < maxDepth) {
    const auto slash = text.find('/');
    std::string component(text.substr(0, slash));
    text.remove_prefix(slash == std::string_view::npos ? text.size() : slash + 1);
    std::erase(component, '\0');
    if (component.empty() || component == "." || component == ".." || component.size() > 200)
      continue;
    relative /= component;
    ++depth;
  }
  return relative;
}

} // namespace md::fuzz
