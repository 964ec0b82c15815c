// The real HKCU\Environment access; compiled only on Windows and run by the
// Windows tests under Wine (tests/windows). Every registry call's result is
// checked, the second read of each value too (a value that grew in between is
// read again), and so is the WM_SETTINGCHANGE broadcast's.
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

constexpr DWORD kMaxValueName = 16384; // characters, the registry's limit

// Reads value `index` of `key`: its sizes first, then its data; a value that
// grew in between (ERROR_MORE_DATA) is read again. ERROR_NO_MORE_ITEMS ends.
LSTATUS readValue(HKEY key, DWORD index, std::wstring& name, DWORD& type, std::wstring& data) {
  for (int attempt = 0;; ++attempt) {
    std::wstring nameBuffer(kMaxValueName, L'\0');
    DWORD nameLength = kMaxValueName, bytes = 0;
    LSTATUS code = RegEnumValueW(key, index, nameBuffer.data(), &nameLength, nullptr, &type, nullptr, &bytes);
    if (code != ERROR_SUCCESS)
      return code;
    std::wstring buffer(bytes / sizeof(wchar_t) + 1, L'\0');
    DWORD bufferBytes = DWORD(buffer.size() * sizeof(wchar_t));
    nameLength = kMaxValueName;
    code = RegEnumValueW(key, index, nameBuffer.data(), &nameLength, nullptr, &type,
                         reinterpret_cast<BYTE*>(buffer.data()), &bufferBytes);
    if (code == ERROR_MORE_DATA && attempt < 3)
      continue;
    if (code != ERROR_SUCCESS)
      return code;
    name.assign(nameBuffer.data(), nameLength);
    buffer.resize(std::min<std::size_t>(bufferBytes / sizeof(wchar_t), buffer.size()));
    data.assign(buffer.c_str(), wcsnlen(buffer.c_str(), buffer.size()));
    return ERROR_SUCCESS;
  }
}

class WindowsUserRegistry : public UserEnvironmentRegistry {
public:
  Result<std::map<std::string, RegistryValue>> readAll() const override {
    HKEY key = nullptr;
    if (LSTATUS code = RegOpenKeyExW(HKEY_CURRENT_USER, L"Environment", 0, KEY_READ, &key); code != ERROR_SUCCESS)
      return registryError("Cannot open", code);
    std::map<std::string, RegistryValue> values;
    for (DWORD index = 0;; ++index) {
      std::wstring name, data;
      DWORD type = 0;
      const LSTATUS code = readValue(key, index, name, type, data);
      if (code == ERROR_NO_MORE_ITEMS)
        break;
      if (code != ERROR_SUCCESS) {
        RegCloseKey(key);
        return registryError("Cannot read value " + std::to_string(index), code);
      }
      if (type == REG_SZ || type == REG_EXPAND_SZ)
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

  // A broadcast that fails or times out leaves the value saved: the error says
  // that running programs may not have heard of it.
  Status broadcastEnvironmentChange() override {
    DWORD_PTR result = 0;
    ::SetLastError(ERROR_SUCCESS);
    if (SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0, reinterpret_cast<LPARAM>(L"Environment"),
                            SMTO_ABORTIFHUNG, 5000, &result) == 0) {
      const DWORD error = ::GetLastError();
      return makeError(error == ERROR_TIMEOUT ? ErrorCode::Timeout : ErrorCode::Io,
                       Message(MessageId::EnvBroadcastUnconfirmed, {std::to_string(error)}));
    }
    return {};
  }
};

} // namespace

std::unique_ptr<UserEnvironmentRegistry> makeWindowsUserRegistry() {
  return std::make_unique<WindowsUserRegistry>();
}

} // namespace md::env
#endif
