#pragma once
// HKCU\Environment in memory, for the Windows backend on any OS: values as
// written, and how many WM_SETTINGCHANGE broadcasts were asked for.

#include <map>
#include <string>

#include "core/env/windows_backend.h"

namespace md::testing {

class FakeRegistry : public env::UserEnvironmentRegistry {
public:
  Result<std::map<std::string, env::RegistryValue>> readAll() const override { return values; }
  Status write(const std::string& name, const env::RegistryValue& value) override {
    values[name] = value;
    return {};
  }
  Status remove(const std::string& name) override {
    values.erase(name);
    return {};
  }
  Status broadcastEnvironmentChange() override {
    ++broadcasts;
    return {};
  }
  std::map<std::string, env::RegistryValue> values;
  int broadcasts = 0;
};

} // namespace md::testing
