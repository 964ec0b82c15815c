#pragma once
// Shared by the import tests: the files of a store (to prove an import left
// nothing behind) and the fixtures it imports.

#include <filesystem>
#include <set>
#include <string>

#include "tests/support/fake_ollama_store.h"

namespace md::testing {

// Every file under the store's blobs/ and manifests/, relative, hidden ones included.
inline std::set<std::string> storeFiles(const std::filesystem::path& store) {
  std::set<std::string> files;
  std::error_code ec;
  for (const char* folder : {"blobs", "manifests"})
    for (std::filesystem::recursive_directory_iterator it(store / folder, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec))
        files.insert(std::filesystem::relative(it->path(), store, ec).generic_string());
  return files;
}

inline std::string fileBytes(const std::filesystem::path& path) {
  return readFile(path);
}

} // namespace md::testing
