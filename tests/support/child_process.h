#pragma once
// Runs a program (the real modeldesk-cli, node) as a child process, with its
// output captured, for tests that must see exit codes or survive a crash.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <sys/types.h>

namespace md::testing {

struct ProcessResult {
  int exitCode = -1; // -1 when killed by a signal
  int signal = 0;
  std::string out;
  std::string err;
};

class ChildProcess {
public:
  // Starts `program` with `arguments`; `environment` entries are added to (or
  // replace) the current environment.
  ChildProcess(const std::string& program, const std::vector<std::string>& arguments,
               const std::map<std::string, std::string>& environment = {});
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  void kill(int signal);
  ProcessResult wait();
  // The stderr written so far.
  std::string errorSoFar() const;

private:
  pid_t pid_ = -1;
  std::filesystem::path outPath_;
  std::filesystem::path errPath_;
  bool waited_ = false;
};

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment = {});

// The modeldesk-cli built with the tests.
ProcessResult runCli(const std::vector<std::string>& arguments,
                     const std::map<std::string, std::string>& environment = {});
std::string cliPath();

} // namespace md::testing
