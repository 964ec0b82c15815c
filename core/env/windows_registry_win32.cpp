// The real HKCU\Environment access; compiled only on Windows.
#ifdef _WIN32
#include <windows.h>

#include "core/env/windows_backend.h"

namespace md::env {

namespace {

std::wstring wide(const std::string& utf8) {
  const int length = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), nullptr, 0);
  std::wstring text(std::size_t(length), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), int(utf8.size()), text.data(), length);
  return text;
}

std::string narrow(const std::wstring& text) {
  const int length = WideCharToMultiByte(CP_UTF8, 0, text.data(), int(text.size()), nullptr, 0, nullptr, nullptr);
  std::string utf8(std::size_t(length), '\0');
  WideCharToMultiByte(CP_UTF8, 0, text.data(), int(text.size()), utf8.data(), length, nullptr, nullptr);
  return utf8;
}

Error registryError(const std::string& what, LSTATUS code) {
  return makeError(ErrorCode::Io, what + " (HKCU\\Environment, error " + std::to_string(code) + ")");
}

class WindowsUserRegistry : public UserEnvironmentRegistry {
public:
  Result<std::map<std::string, RegistryValue>> readAll() const override {
    HKEY key = nullptr;
    if (LSTATUS code = RegOpenKeyExW(HKEY_CURRENT_USER, L"Environment", 0, KEY_READ, &key); code != ERROR_SUCCESS)
      return registryError("Cannot open", code);
    std::map<std::string, RegistryValue> values;
    for (DWORD index = 0;; ++index) {
      wchar_t name[16384];
      DWORD nameLength = 16384, type = 0, bytes = 0;
      if (RegEnumValueW(key, index, name, &nameLength, nullptr, &type, nullptr, &bytes) != ERROR_SUCCESS)
        break;
      if (type != REG_SZ && type != REG_EXPAND_SZ)
        continue;
      std::wstring data(bytes / sizeof(wchar_t) + 1, L'\0');
      nameLength = 16384;
      RegEnumValueW(key, index, name, &nameLength, nullptr, &type, reinterpret_cast<BYTE*>(data.data()), &bytes);
      data.resize(wcsnlen(data.c_str(), data.size()));
      values[narrow(name)] = {narrow(data), type == REG_EXPAND_SZ};
    }
    RegCloseKey(key);
    return values;
  }

  Status write(const std::string& name, const RegistryValue& value) override {
    const std::wstring data = wide(value.value);
    const LSTATUS code = RegSetKeyValueW(HKEY_CURRENT_USER, L"Environment", wide(name).c_str(),
                                         value.expandable ? REG_EXPAND_SZ : REG_SZ, data.c_str(),
                                         DWORD((data.size() + 1) * sizeof(wchar_t)));
    return code == ERROR_SUCCESS ? Status() : Status(registryError("Cannot write " + name, code));
  }

  Status remove(const std::string& name) override {
    const LSTATUS code = RegDeleteKeyValueW(HKEY_CURRENT_USER, L"Environment", wide(name).c_str());
    return code == ERROR_SUCCESS || code == ERROR_FILE_NOT_FOUND ? Status()
                                                                 : Status(registryError("Cannot delete " + name, code));
  }

  Status broadcastEnvironmentChange() override {
    DWORD_PTR result = 0;
    SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0, reinterpret_cast<LPARAM>(L"Environment"), SMTO_ABORTIFHUNG,
                        5000, &result);
    return {};
  }
};

} // namespace

std::unique_ptr<UserEnvironmentRegistry> makeWindowsUserRegistry() {
  return std::make_unique<WindowsUserRegistry>();
}

} // namespace md::env
#endif
