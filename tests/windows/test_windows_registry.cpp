// HKCU\Environment for real, under Wine's registry (tests/windows): values
// keep REG_SZ versus REG_EXPAND_SZ, %USERPROFILE% stays unexpanded, Chinese
// and long values survive, undo restores the previous value with its type,
// and the WM_SETTINGCHANGE broadcast is answered.
#include <gtest/gtest.h>

#include <windows.h>

#include <filesystem>
#include <string>

#include "core/env/env_manager.h"
#include "core/env/windows_backend.h"
#include "core/util/paths.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {

namespace fs = std::filesystem;

// What the registry itself holds, read with Win32 only (not the code under test).
struct RawValue {
  DWORD type = REG_NONE;
  std::wstring data;
  bool exists = false;
};

RawValue rawValue(const std::wstring& name) {
  RawValue raw;
  DWORD bytes = 0;
  if (RegGetValueW(HKEY_CURRENT_USER, L"Environment", name.c_str(), RRF_RT_ANY | RRF_NOEXPAND, &raw.type, nullptr,
                   &bytes) != ERROR_SUCCESS)
    return raw;
  std::wstring buffer(bytes / sizeof(wchar_t) + 1, L'\0');
  if (RegGetValueW(HKEY_CURRENT_USER, L"Environment", name.c_str(), RRF_RT_ANY | RRF_NOEXPAND, &raw.type, buffer.data(),
                   &bytes) != ERROR_SUCCESS)
    return raw;
  raw.data = buffer.c_str();
  raw.exists = true;
  return raw;
}

void setRaw(const std::wstring& name, DWORD type, const std::wstring& data) {
  ASSERT_EQ(RegSetKeyValueW(HKEY_CURRENT_USER, L"Environment", name.c_str(), type, data.c_str(),
                            DWORD((data.size() + 1) * sizeof(wchar_t))),
            ERROR_SUCCESS);
}

void removeRaw(const std::wstring& name) {
  RegDeleteKeyValueW(HKEY_CURRENT_USER, L"Environment", name.c_str());
}

class WindowsRegistry : public ::testing::Test {
protected:
  void SetUp() override {
    for (const wchar_t* name :
         {L"OLLAMA_MODELS", L"OLLAMA_HOST", L"HF_HOME", L"MODELDESK_TEST_SZ", L"MODELDESK_TEST_X"})
      removeRaw(name);
  }
  void TearDown() override { SetUp(); }
  std::unique_ptr<UserEnvironmentRegistry> registry = makeWindowsUserRegistry();
};

TEST_F(WindowsRegistry, RoundTripKeepsRegSzAndRegExpandSz) {
  ASSERT_TRUE(registry->write("MODELDESK_TEST_SZ", {"D:\\模型 文件", false}).ok());
  ASSERT_TRUE(registry->write("MODELDESK_TEST_X", {"%USERPROFILE%\\模型", true}).ok());
  EXPECT_EQ(rawValue(L"MODELDESK_TEST_SZ").type, DWORD(REG_SZ));
  EXPECT_EQ(rawValue(L"MODELDESK_TEST_X").type, DWORD(REG_EXPAND_SZ));
  EXPECT_EQ(rawValue(L"MODELDESK_TEST_X").data, L"%USERPROFILE%\\模型");

  setRaw(L"OLLAMA_HOST", REG_EXPAND_SZ, L"%COMPUTERNAME%:11434"); // written by someone else
  auto values = registry->readAll();
  ASSERT_TRUE(values.ok()) << values.error().describe();
  EXPECT_EQ(values->at("MODELDESK_TEST_SZ").value, "D:\\模型 文件");
  EXPECT_FALSE(values->at("MODELDESK_TEST_SZ").expandable);
  EXPECT_EQ(values->at("MODELDESK_TEST_X").value, "%USERPROFILE%\\模型");
  EXPECT_TRUE(values->at("MODELDESK_TEST_X").expandable);
  EXPECT_EQ(values->at("OLLAMA_HOST").value, "%COMPUTERNAME%:11434");
  EXPECT_TRUE(values->at("OLLAMA_HOST").expandable);

  ASSERT_TRUE(registry->remove("MODELDESK_TEST_X").ok());
  ASSERT_TRUE(registry->remove("MODELDESK_TEST_X").ok()) << "removing what is gone is not an error";
  EXPECT_FALSE(rawValue(L"MODELDESK_TEST_X").exists);
  EXPECT_EQ(registry->readAll()->count("MODELDESK_TEST_X"), 0u);
}

TEST_F(WindowsRegistry, LongValuesAreKeptWhole) {
  // setx would cut this at 1024 characters.
  std::string path = "C:\\Users\\张三";
  while (path.size() < 3000)
    path += "\\模型 文件";
  ASSERT_TRUE(registry->write("MODELDESK_TEST_SZ", {path, false}).ok());
  EXPECT_EQ(registry->readAll()->at("MODELDESK_TEST_SZ").value, path);
}

TEST_F(WindowsRegistry, TheBroadcastIsAnswered) {
  EXPECT_TRUE(registry->broadcastEnvironmentChange().ok());
}

TEST_F(WindowsRegistry, SetAndUndoThroughTheManagerKeepTypesAndLeaveUserProfileUnexpanded) {
  testing::TempFolder temp("env-windows");
  WindowsEnvBackend backend(*registry);
  EnvManager manager(backend, temp.path() / "history", DefaultContext{temp.home(), "", Os::Windows},
                     [](const std::string&) { return std::nullopt; });
  setRaw(L"HF_HOME", REG_EXPAND_SZ, L"%USERPROFILE%\\old hf");

  ASSERT_TRUE(manager.set("OLLAMA_MODELS", "%USERPROFILE%\\.ollama\\模型").ok());
  EXPECT_EQ(rawValue(L"OLLAMA_MODELS").type, DWORD(REG_EXPAND_SZ));
  EXPECT_EQ(rawValue(L"OLLAMA_MODELS").data, L"%USERPROFILE%\\.ollama\\模型");
  ASSERT_TRUE(manager.set("HF_HOME", "C:\\hf").ok());
  EXPECT_EQ(rawValue(L"HF_HOME").type, DWORD(REG_SZ));
  auto state = manager.state("OLLAMA_MODELS");
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->persisted.value_or(""), "%USERPROFILE%\\.ollama\\模型");

  auto undone = manager.undo();
  ASSERT_TRUE(undone.ok()) << undone.error().describe();
  EXPECT_EQ(undone->entry.variable, "HF_HOME");
  EXPECT_EQ(rawValue(L"HF_HOME").type, DWORD(REG_EXPAND_SZ));
  EXPECT_EQ(rawValue(L"HF_HOME").data, L"%USERPROFILE%\\old hf");
  ASSERT_TRUE(manager.undo().ok());
  EXPECT_FALSE(rawValue(L"OLLAMA_MODELS").exists) << "it did not exist before";
  EXPECT_FALSE(manager.undo().ok()) << "nothing is left to undo";
}

} // namespace
} // namespace md::env
