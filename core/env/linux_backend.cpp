#include "core/env/linux_backend.h"

#include "core/env/catalog.h"
#include "core/env/profile_block.h"
#include "core/io/atomic_write.h"
#include "core/util/paths.h"

#ifdef __linux__
#include <pwd.h>
#endif

#include <algorithm>

namespace md::env {
namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string_view::npos)
      stop = text.size();
    lines.push_back(text.substr(start, stop - start));
    start = stop + 1;
  }
  return lines;
}

std::string systemdQuote(const std::string& assignment) {
  std::string quoted = "\"";
  for (char c : assignment) {
    if (c == '"' || c == '\\')
      quoted.push_back('\\');
    if (c == '%')
      quoted.push_back('%');
    quoted.push_back(c);
  }
  return quoted + "\"";
}

std::string systemdUnquote(std::string_view text) {
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
    text = text.substr(1, text.size() - 2);
  std::string value;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size())
      value.push_back(text[++i]);
    else if (text[i] == '%' && i + 1 < text.size() && text[i + 1] == '%')
      value.push_back(text[i++]);
    else
      value.push_back(text[i]);
  }
  return value;
}

constexpr std::string_view kEnvironmentKey = "Environment=";

} // namespace

bool ollamaServiceUserExists() {
#ifdef __linux__
  return ::getpwnam("ollama") != nullptr;
#else
  return false;
#endif
}

LinuxEnvPaths LinuxEnvPaths::forHome(const fs::path& home, const fs::path& xdgConfigHome) {
  const fs::path config = xdgConfigHome.empty() ? home / ".config" : xdgConfigHome;
  return {config / "environment.d" / "60-modeldesk.conf", home / ".profile",
          "/etc/systemd/system/ollama.service.d/override.conf"};
}

namespace {

constexpr std::string_view kConfHeader =
    "# Written by ModelDesk (environment.d, read at login by the desktop session).";

std::string confLine(const std::string& name, const std::string& value) {
  std::string line = name + "=";
  for (char c : value) {
    if (c == '\\' || c == '$')
      line.push_back('\\');
    line.push_back(c);
  }
  return line;
}

// The name a "KEY=VALUE" line assigns, or empty for a comment or anything else.
std::string_view assignedName(std::string_view line) {
  if (line.empty() || line.front() == '#')
    return {};
  const std::size_t equals = line.find('=');
  return equals == std::string_view::npos ? std::string_view() : line.substr(0, equals);
}

} // namespace

// Empty when nothing is persisted, so an undo can tell the file holds nothing.
std::string renderEnvironmentConf(const VariableMap& variables) {
  std::string text;
  for (const auto& [name, value] : variables)
    text = updateEnvironmentConf(text, name, value);
  return text;
}

// Only `variable`'s line changes: comments and lines other programs (or the
// user) wrote stay as they are, in place. Empty when nothing but ModelDesk's
// header is left, so an undo can tell the file holds nothing else.
std::string updateEnvironmentConf(std::string_view existing, const std::string& variable,
                                  const std::optional<std::string>& value) {
  std::string text;
  bool written = false;
  bool holdsSomething = false;
  for (std::string_view line : splitLines(existing)) {
    if (assignedName(line) == variable) {
      if (value && !written)
        text += confLine(variable, *value) + "\n";
      written = written || value.has_value();
      holdsSomething = holdsSomething || value.has_value();
      continue;
    }
    text += std::string(line) + "\n";
    holdsSomething =
        holdsSomething || (line != kConfHeader && line.find_first_not_of(" \t\r") != std::string_view::npos);
  }
  if (value && !written) {
    if (text.empty())
      text = std::string(kConfHeader) + "\n";
    text += confLine(variable, *value) + "\n";
    holdsSomething = true;
  }
  return holdsSomething ? text : std::string();
}

VariableMap parseEnvironmentConf(std::string_view text) {
  VariableMap variables;
  for (std::string_view line : splitLines(text)) {
    if (line.empty() || line.front() == '#')
      continue;
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos || equals == 0)
      continue;
    std::string value;
    const std::string_view raw = line.substr(equals + 1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\\' && i + 1 < raw.size())
        ++i;
      value.push_back(raw[i]);
    }
    variables[std::string(line.substr(0, equals))] = value;
  }
  return variables;
}

std::string updateSystemdOverride(std::string_view existing, const std::string& variable,
                                  const std::optional<std::string>& value) {
  std::string text;
  bool inService = false;
  bool sawService = false;
  bool written = false;
  const std::string newLine = value ? std::string(kEnvironmentKey) + systemdQuote(variable + "=" + *value) : "";
  for (std::string_view line : splitLines(existing)) {
    if (!line.empty() && line.front() == '[') {
      if (inService && !written && value) {
        text += newLine + "\n";
        written = true;
      }
      inService = line == "[Service]";
      sawService = sawService || inService;
    } else if (inService && line.substr(0, kEnvironmentKey.size()) == kEnvironmentKey) {
      const std::string assignment = systemdUnquote(line.substr(kEnvironmentKey.size()));
      if (assignment.rfind(variable + "=", 0) == 0) {
        if (value && !written)
          text += newLine + "\n";
        written = true;
        continue;
      }
    }
    text.append(line).append("\n");
  }
  if (!written && value)
    text += (sawService && inService ? "" : "[Service]\n") + newLine + "\n";
  return text;
}

VariableMap parseSystemdOverride(std::string_view text) {
  VariableMap variables;
  bool inService = false;
  for (std::string_view line : splitLines(text)) {
    if (!line.empty() && line.front() == '[')
      inService = line == "[Service]";
    else if (inService && line.substr(0, kEnvironmentKey.size()) == kEnvironmentKey) {
      const std::string assignment = systemdUnquote(line.substr(kEnvironmentKey.size()));
      const std::size_t equals = assignment.find('=');
      if (equals != std::string::npos && equals > 0)
        variables[assignment.substr(0, equals)] = assignment.substr(equals + 1);
    }
  }
  return variables;
}

Result<VariableMap> LinuxEnvBackend::readPersisted() const {
  auto conf = io::readSmallFile(paths_.environmentConf);
  if (!conf)
    return conf.error();
  if (conf->has_value())
    return parseEnvironmentConf(**conf);
  auto profile = io::readSmallFile(paths_.profile);
  if (!profile)
    return profile.error();
  return profile->has_value() ? readExportBlock(**profile) : VariableMap{};
}

// The environment.d file changes only in `variable`'s line (it is written
// whole from ~/.profile's block when it is missing); ~/.profile's marked block
// exports the variables ModelDesk manages, never a line another program put
// in the environment.d file.
Result<std::vector<PlannedWrite>> LinuxEnvBackend::plan(const std::string& variable,
                                                        const std::optional<std::string>& value) const {
  auto conf = io::readSmallFile(paths_.environmentConf);
  if (!conf)
    return conf.error();
  auto profile = io::readSmallFile(paths_.profile);
  if (!profile)
    return profile.error();
  std::string confText;
  if (conf->has_value()) {
    confText = updateEnvironmentConf(**conf, variable, value);
  } else {
    VariableMap variables = profile->has_value() ? readExportBlock(**profile) : VariableMap{};
    if (value)
      variables[variable] = *value;
    else
      variables.erase(variable);
    confText = renderEnvironmentConf(variables);
  }
  VariableMap managed;
  for (const auto& [name, saved] : parseEnvironmentConf(confText))
    if (findVariable(name) != nullptr)
      managed[name] = saved;
  // A file that will hold an API key is made readable by the owner only.
  const bool holdsSecret = std::any_of(managed.begin(), managed.end(), [](const auto& entry) {
    return findVariable(entry.first)->kind == VarKind::Secret;
  });
  return std::vector<PlannedWrite>{
      {"write file", pathToUtf8(paths_.environmentConf), confText, true},
      {"write file", pathToUtf8(paths_.profile), replaceMarkedBlock(profile->value_or(""), exportLines(managed)),
       holdsSecret},
  };
}

Status LinuxEnvBackend::apply(const std::string& variable, const std::optional<std::string>& value) {
  auto writes = plan(variable, value);
  if (!writes)
    return writes.error();
  for (const auto& write : *writes)
    if (auto status = io::writeFileAtomically(pathFromUtf8(write.target), write.content,
                                              write.privateFile ? io::FileAccess::Private : io::FileAccess::Keep);
        !status)
      return status;
  return {};
}

std::vector<fs::path> LinuxEnvBackend::managedFiles() const {
  return {paths_.environmentConf, paths_.profile};
}

std::string LinuxEnvBackend::restartAdvice() const {
  return "Log out and back in so the desktop session sees the change; new terminals see it after login. "
         "If Ollama runs as the system service, apply the service override, then run "
         "`sudo systemctl daemon-reload && sudo systemctl restart ollama`; otherwise quit Ollama and start it again.";
}

Result<VariableMap> LinuxEnvBackend::readServiceEnvironment() const {
  auto text = io::readSmallFile(paths_.serviceOverride);
  if (!text)
    return text.error();
  return text->has_value() ? parseSystemdOverride(**text) : VariableMap{};
}

Result<PlannedWrite> LinuxEnvBackend::planServiceOverride(const std::string& variable,
                                                          const std::optional<std::string>& value) const {
  auto text = io::readSmallFile(paths_.serviceOverride);
  if (!text)
    return text.error();
  return PlannedWrite{"write file as root", pathToUtf8(paths_.serviceOverride),
                      updateSystemdOverride(text->value_or(""), variable, value)};
}

std::vector<std::string> LinuxEnvBackend::serviceInstallCommand(const fs::path& stagedFile) const {
  const std::string script = "install -D -m 0644 " + shellQuote(pathToUtf8(stagedFile)) + " " +
                             shellQuote(pathToUtf8(paths_.serviceOverride)) +
                             " && systemctl daemon-reload && systemctl restart ollama";
  return {"pkexec", "sh", "-c", script};
}

} // namespace md::env
