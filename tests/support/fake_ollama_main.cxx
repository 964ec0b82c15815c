// fake-ollama: runs the test server by hand, e.g. for trying the GUI
// without Ollama: fake-ollama --version 0.7.1, then OLLAMA_HOST=<printed url>.
#include <pthread.h>
#include <signal.h>

#include <cstring>
#include <iostream>
#include <thread>

#include "tests/support/fake_ollama.h"

int main(int argc, char** argv) {
  md::testing::FakeOllamaOptions options;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--version") == 0)
      options.version = argv[++i];
  // Block the stop signals before the server thread starts, so sigwait gets them.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  md::testing::FakeOllama server(options);
  if (!server.start()) {
    std::cerr << "fake-ollama: could not bind 127.0.0.1\n";
    return 1;
  }
  std::cout << server.url() << std::endl;
  int signal = 0;
  sigwait(&set, &signal);
  return 0;
}
