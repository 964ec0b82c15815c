#include "tests/support/child_process.h"

#include <atomic>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace md::testing {

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::filesystem::path outputPath(const char* stream) {
  static std::atomic<int> counter{0};
  return std::filesystem::temp_directory_path() /
         ("modeldesk-child-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "." + stream);
}

} // namespace

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& arguments,
                           const std::map<std::string, std::string>& environment)
    : outPath_(outputPath("out")), errPath_(outputPath("err")) {
  std::vector<std::string> envStrings;
  for (char** e = environ; *e; ++e) {
    std::string entry = *e;
    auto name = entry.substr(0, entry.find('='));
    if (!environment.count(name))
      envStrings.push_back(entry);
  }
  for (const auto& [name, value] : environment)
    envStrings.push_back(name + "=" + value);
  std::vector<char*> env;
  for (auto& entry : envStrings)
    env.push_back(entry.data());
  env.push_back(nullptr);

  std::vector<std::string> argStrings = {program};
  argStrings.insert(argStrings.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& arg : argStrings)
    argv.push_back(arg.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, outPath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, errPath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (posix_spawnp(&pid_, program.c_str(), &actions, nullptr, argv.data(), env.data()) != 0)
    pid_ = -1;
  posix_spawn_file_actions_destroy(&actions);
}

ChildProcess::~ChildProcess() {
  if (pid_ > 0 && !waited_) {
    ::kill(pid_, SIGKILL);
    wait();
  }
  std::error_code error;
  std::filesystem::remove(outPath_, error);
  std::filesystem::remove(errPath_, error);
}

void ChildProcess::kill(int signal) {
  if (pid_ > 0 && !waited_)
    ::kill(pid_, signal);
}

std::string ChildProcess::errorSoFar() const {
  return slurp(errPath_);
}

ProcessResult ChildProcess::wait() {
  ProcessResult result;
  if (pid_ <= 0) {
    result.err = "could not start the process";
    return result;
  }
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  waited_ = true;
  if (WIFEXITED(status))
    result.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status))
    result.signal = WTERMSIG(status);
  result.out = slurp(outPath_);
  result.err = slurp(errPath_);
  return result;
}

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment) {
  ChildProcess child(program, arguments, environment);
  return child.wait();
}

std::string cliPath() {
#ifdef MODELDESK_CLI_PATH
  return MODELDESK_CLI_PATH;
#else
  const char* path = std::getenv("MODELDESK_CLI");
  return path ? path : "modeldesk-cli";
#endif
}

ProcessResult runCli(const std::vector<std::string>& arguments, const std::map<std::string, std::string>& environment) {
  return runProcess(cliPath(), arguments, environment);
}

} // namespace md::testing
