// Is the Ollama desktop app running? (see ollama_app_settings_update.h):
// Windows lists processes with the Tool Help snapshot, macOS asks libproc for
// every process's executable path (never compiled here), Linux reads
// /proc/<pid>/comm (tests point MODELDESK_PROC_DIR at a folder of their own).
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <system_error>

#include "core/env/ollama_app_settings_update.h"
#include "core/util/paths.h"

#ifdef _WIN32
#include <windows.h>

#include <tlhelp32.h>
#elif defined(__APPLE__)
#include <libproc.h>

#include <vector>
#else
#include <fstream>
#endif

namespace md::env {
namespace fs = std::filesystem;

bool isOllamaAppProcess(Os os, const std::string& nameOrPath) {
  std::string lower = nameOrPath;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  switch (os) {
  case Os::Windows: return lower == "ollama app.exe" || nameOrPath == "Ollama.exe";
  case Os::MacOs: return nameOrPath.find("/Ollama.app/Contents/MacOS/") != std::string::npos;
  case Os::Linux: break;
  }
  return nameOrPath == "ollama app" || nameOrPath == "Ollama";
}

#ifdef _WIN32

std::optional<std::string> findRunningOllamaApp() {
  HANDLE snapshot = ::CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
  if (snapshot == INVALID_HANDLE_VALUE)
    return std::nullopt;
  std::optional<std::string> found;
  PROCESSENTRY32W entry{};
  entry.dwSize = sizeof(entry);
  for (BOOL more = ::Process32FirstW(snapshot, &entry); more && !found; more = ::Process32NextW(snapshot, &entry)) {
    const std::string name = pathToUtf8(fs::path(entry.szExeFile));
    if (isOllamaAppProcess(Os::Windows, name))
      found = name;
  }
  ::CloseHandle(snapshot);
  return found;
}

#elif defined(__APPLE__)

std::optional<std::string> findRunningOllamaApp() {
  std::vector<pid_t> pids(4096);
  const int count = proc_listallpids(pids.data(), int(pids.size() * sizeof(pid_t)));
  for (int i = 0; i < count && i < int(pids.size()); ++i) {
    char path[PROC_PIDPATHINFO_MAXSIZE] = {};
    if (proc_pidpath(pids[std::size_t(i)], path, sizeof(path)) > 0 && isOllamaAppProcess(Os::MacOs, path))
      return fs::path(path).filename().string();
  }
  return std::nullopt;
}

#else

std::optional<std::string> findRunningOllamaApp() {
  const char* procDir = std::getenv("MODELDESK_PROC_DIR");
  const fs::path proc = procDir != nullptr && *procDir != '\0' ? fs::path(procDir) : fs::path("/proc");
  std::error_code ec;
  for (fs::directory_iterator it(proc, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string pid = it->path().filename().string();
    if (pid.empty() || !std::all_of(pid.begin(), pid.end(), [](unsigned char c) { return std::isdigit(c); }))
      continue;
    std::ifstream comm(it->path() / "comm");
    std::string name;
    if (std::getline(comm, name) && isOllamaAppProcess(Os::Linux, name))
      return name;
  }
  return std::nullopt;
}

#endif

} // namespace md::env
