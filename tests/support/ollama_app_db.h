#pragma once
// A real Ollama desktop-app database for tests: the `settings` table with the
// columns of Ollama's app/store/schema.sql (schema version 2) and its default
// row, made with the SQLite library; SQL runs on it as the app would run it.

#include <filesystem>
#include <string>

struct sqlite3;

namespace md::testing {

class OllamaAppDatabase {
public:
  // Creates the folders, the database and the default row (or opens it).
  explicit OllamaAppDatabase(const std::filesystem::path& path);
  ~OllamaAppDatabase();
  OllamaAppDatabase(const OllamaAppDatabase&) = delete;
  OllamaAppDatabase& operator=(const OllamaAppDatabase&) = delete;

  // Runs SQL; returns SQLite's error text, empty on success.
  std::string exec(const std::string& sql);
  // Sets `models` through a bound parameter (no quoting of paths in SQL).
  std::string setModels(const std::string& models);

private:
  sqlite3* db_ = nullptr;
};

} // namespace md::testing
