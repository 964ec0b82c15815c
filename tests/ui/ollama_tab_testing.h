#pragma once
// Helpers shared by the Ollama tab tests (tst_ollama_*.cpp).

#include <QtTest>

#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "ui/models/ollama_tab.h"

namespace md::testing {

// Points OLLAMA_HOST and OLLAMA_MODELS at the fake server: it is "local".
inline void useAsLocal(const FakeOllama& fake) {
  qputenv("OLLAMA_HOST", QByteArray::fromStdString(fake.url()));
  qputenv("OLLAMA_MODELS", QByteArray::fromStdString(fake.modelsDir().string()));
}

// Whether the fake server's store has a manifest for `name`.
inline bool hasModel(const FakeOllama& fake, const std::string& name) {
  return FakeStore(fake.modelsDir()).readManifest(*ModelName::parse(name)).has_value();
}

// Selects `name` in the tab, waiting for the refresh that lists it.
inline bool selectIn(md::ui::OllamaTab& tab, const QString& name) {
  tab.selectModel(name);
  return QTest::qWaitFor([&] { return tab.selectedModel() == name; }, 10000);
}

} // namespace md::testing
