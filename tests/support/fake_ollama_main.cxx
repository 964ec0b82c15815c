// fake-ollama: runs the test server by hand, e.g. for trying the GUI
// without Ollama: fake-ollama [--version 0.7.1] [--demo], then
// OLLAMA_HOST=<first printed line> and OLLAMA_MODELS=<second printed line>.
// --demo seeds a few small models (one with a vision projector) into the store.
#include <pthread.h>
#include <signal.h>

#include <cstring>
#include <iostream>
#include <thread>

#include "tests/support/fake_ollama.h"
#include "tests/support/ollama_fixtures.h"

int main(int argc, char** argv) {
  md::testing::FakeOllamaOptions options;
  bool demo = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--version") == 0 && i + 1 < argc)
      options.version = argv[++i];
    else if (std::strcmp(argv[i], "--demo") == 0)
      demo = true;
  }
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
  if (demo) {
    md::testing::seedModel(server.modelsDir(), "qwen2.5vl:7b", {.projector = true, .modelFloats = 4096});
    md::testing::seedModel(server.modelsDir(), "llama3.2:3b", {.modelFloats = 2048});
    md::testing::seedModel(server.modelsDir(), "my-import:latest",
                           {.templateText = "{{ .Prompt }}", .modelFloats = 1024});
  }
  std::cout << server.url() << "\n" << server.modelsDir().string() << std::endl;
  int signal = 0;
  sigwait(&set, &signal);
  return 0;
}
