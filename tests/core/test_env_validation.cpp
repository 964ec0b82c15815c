// The one validator of environment values, per type, as Ollama 0.33 reads
// them (envconfig/config.go): Go's ParseBool spellings, the K/V cache types
// Ollama supports, numbers in range, Go durations; the defaults Ollama
// decides at run time; and the one state of a variable.

#include <gtest/gtest.h>

#include "core/env/catalog.h"
#include "core/env/env_manager.h"

namespace md::env {
namespace {

const VariableInfo& var(const char* name) {
  const VariableInfo* info = findVariable(name);
  EXPECT_NE(info, nullptr) << name;
  return *info;
}

MessageId whyRefused(const char* name, const std::string& value) {
  const Status status = validateValue(var(name), value);
  EXPECT_FALSE(status.ok()) << name << "=" << value;
  return status.ok() ? MessageId::Text : status.error().text.id;
}

TEST(EnvValidation, TypesFollowOllama) {
  EXPECT_EQ(var("OLLAMA_FLASH_ATTENTION").kind, VarKind::Bool);
  EXPECT_EQ(var("OLLAMA_NOPRUNE").kind, VarKind::Bool);
  EXPECT_EQ(var("OLLAMA_DEBUG").kind, VarKind::Bool);
  EXPECT_EQ(var("OLLAMA_KV_CACHE_TYPE").kind, VarKind::Enum);
  EXPECT_STREQ(varKindName(VarKind::Enum), "enum");
  for (const char* name :
       {"OLLAMA_NUM_PARALLEL", "OLLAMA_MAX_LOADED_MODELS", "OLLAMA_MAX_QUEUE", "OLLAMA_CONTEXT_LENGTH"})
    EXPECT_EQ(var(name).kind, VarKind::Number) << name;
  EXPECT_EQ(var("OLLAMA_KEEP_ALIVE").kind, VarKind::Duration);
  EXPECT_EQ(var("OLLAMA_HOST").kind, VarKind::Url);
  EXPECT_EQ(var("OLLAMA_ORIGINS").kind, VarKind::Text);
}

TEST(EnvValidation, BooleansTakeExactlyGosParseBoolSpellings) {
  for (const char* name : {"OLLAMA_FLASH_ATTENTION", "OLLAMA_NOPRUNE", "OLLAMA_DEBUG"}) {
    for (const char* yes : {"1", "t", "T", "TRUE", "true", "True"}) {
      EXPECT_TRUE(validateValue(var(name), yes).ok()) << name << "=" << yes;
      EXPECT_EQ(parseGoBool(yes), true) << yes;
    }
    for (const char* no : {"0", "f", "F", "FALSE", "false", "False"}) {
      EXPECT_TRUE(validateValue(var(name), no).ok()) << name << "=" << no;
      EXPECT_EQ(parseGoBool(no), false) << no;
    }
    for (const char* bad : {"yes", "on", "tRUE", "FaLse", "", " true", "enabled"})
      EXPECT_EQ(whyRefused(name, bad), MessageId::EnvExpectedBool) << name << "=" << bad;
  }
  EXPECT_TRUE(validateValue(var("OLLAMA_DEBUG"), "2").ok()); // TRACE
  EXPECT_EQ(whyRefused("OLLAMA_FLASH_ATTENTION", "2"), MessageId::EnvExpectedBool);
}

TEST(EnvValidation, KvCacheTypeIsOneOllamaSupports) {
  for (const char* type : {"f16", "q8_0", "q4_0"})
    EXPECT_TRUE(validateValue(var("OLLAMA_KV_CACHE_TYPE"), type).ok()) << type;
  for (const char* bad : {"q5_1", "q5_0", "f32", "bf16", "", "Q8_0 "}) {
    const Status status = validateValue(var("OLLAMA_KV_CACHE_TYPE"), bad);
    ASSERT_FALSE(status.ok()) << bad;
    EXPECT_EQ(status.error().text.id, MessageId::EnvExpectedChoice);
    EXPECT_EQ(status.error().message, "OLLAMA_KV_CACHE_TYPE: expected one of f16, q8_0, q4_0");
  }
}

TEST(EnvValidation, NumbersAreWholeAndInRange) {
  EXPECT_TRUE(validateValue(var("OLLAMA_NUM_PARALLEL"), "1").ok());
  EXPECT_TRUE(validateValue(var("OLLAMA_NUM_PARALLEL"), "256").ok());
  EXPECT_EQ(whyRefused("OLLAMA_NUM_PARALLEL", "0"), MessageId::EnvNumberOutOfRange);
  EXPECT_EQ(whyRefused("OLLAMA_NUM_PARALLEL", "257"), MessageId::EnvNumberOutOfRange);
  EXPECT_EQ(validateValue(var("OLLAMA_NUM_PARALLEL"), "257").error().message,
            "OLLAMA_NUM_PARALLEL: expected a whole number from 1 to 256");
  EXPECT_EQ(whyRefused("OLLAMA_MAX_QUEUE", "99999999999999999999999"), MessageId::EnvNumberOutOfRange);
  for (const char* bad : {"two", "-1", "+4", "4.0", "", "1e3", " 4"})
    EXPECT_EQ(whyRefused("OLLAMA_MAX_QUEUE", bad), MessageId::EnvExpectedInteger) << bad;
  EXPECT_TRUE(validateValue(var("OLLAMA_CONTEXT_LENGTH"), "0").ok()); // 0: Ollama picks by VRAM
  EXPECT_TRUE(validateValue(var("OLLAMA_CONTEXT_LENGTH"), "131072").ok());
  EXPECT_TRUE(validateValue(var("OLLAMA_MAX_LOADED_MODELS"), "0").ok());
  EXPECT_TRUE(validateValue(var("OLLAMA_MAX_QUEUE"), "512").ok());
}

TEST(EnvValidation, DurationsAreGoDurationsOrSeconds) {
  for (const char* good : {"5m", "1h30m", "-1", "0", "300", "+60", "1.5h", ".5h", "2.s", "-5m", "500ms", "10us", "10µs",
                           "10μs", "100ns", "1h2m3s4ms"})
    EXPECT_TRUE(validateValue(var("OLLAMA_KEEP_ALIVE"), good).ok()) << good;
  for (const char* bad : {"soon", "1d", "5 m", "m", ".m", "5x", "", "-", "1h-5m", "forever"})
    EXPECT_EQ(whyRefused("OLLAMA_KEEP_ALIVE", bad), MessageId::EnvExpectedDuration) << bad;
}

TEST(EnvValidation, TextAndSecretsAreSingleLine) {
  EXPECT_TRUE(validateValue(var("OLLAMA_ORIGINS"), "https://a.example,https://b.example").ok());
  EXPECT_EQ(whyRefused("OLLAMA_ORIGINS", "a\nb"), MessageId::EnvValueMultiline);
  EXPECT_EQ(whyRefused("WANDB_API_KEY", "0123456789\n0123456789"), MessageId::EnvValueMultiline);
}

TEST(EnvDefaults, WhatOllamaDecidesAtRunTimeIsSaidNotGuessed) {
  const DefaultContext context{"/home/u", "", Os::Linux};
  EXPECT_EQ(defaultValue(var("OLLAMA_CONTEXT_LENGTH"), context), "");
  const auto note = defaultNote(var("OLLAMA_CONTEXT_LENGTH"));
  ASSERT_TRUE(note.has_value());
  EXPECT_EQ(note->id, MessageId::EnvDefaultContextByVram);
  for (const char* tier : {"4096", "32768", "262144", "24 GiB", "48 GiB"})
    EXPECT_NE(note->english().find(tier), std::string::npos) << tier;
  EXPECT_EQ(defaultValue(var("OLLAMA_FLASH_ATTENTION"), context), "");
  EXPECT_TRUE(defaultNote(var("OLLAMA_FLASH_ATTENTION")).has_value());
  EXPECT_EQ(defaultValue(var("OLLAMA_KV_CACHE_TYPE"), context), "f16");
  EXPECT_FALSE(defaultNote(var("OLLAMA_KV_CACHE_TYPE")).has_value());
  EXPECT_EQ(defaultValue(var("OLLAMA_MAX_QUEUE"), context), "512");
  EXPECT_EQ(defaultValue(var("OLLAMA_NUM_PARALLEL"), context), "1");
}

VariableState stateOf(const char* name, std::optional<std::string> process, std::optional<std::string> persisted,
                      std::optional<std::string> service = std::nullopt) {
  VariableState state;
  state.info = findVariable(name);
  state.process = std::move(process);
  state.persisted = std::move(persisted);
  state.service = std::move(service);
  return state;
}

TEST(EnvStatus, EachVariableIsInExactlyOneState) {
  EXPECT_EQ(variableStatus(stateOf("HF_HOME", {}, {})), VarStatus::Default);
  EXPECT_EQ(variableStatus(stateOf("HF_HOME", "/a", "/a")), VarStatus::InEffect);
  EXPECT_EQ(variableStatus(stateOf("HF_HOME", {}, "/a")), VarStatus::SavedNextLogin);
  EXPECT_EQ(variableStatus(stateOf("HF_HOME", "/b", "/a")), VarStatus::SavedNextLogin);
  EXPECT_EQ(variableStatus(stateOf("OLLAMA_KEEP_ALIVE", {}, "1h")), VarStatus::SavedRestartOllama);
  EXPECT_EQ(variableStatus(stateOf("OLLAMA_KEEP_ALIVE", "1h", "1h")), VarStatus::InEffect);
  EXPECT_EQ(variableStatus(stateOf("OLLAMA_KEEP_ALIVE", "10m", {})), VarStatus::SessionOnly);
  EXPECT_EQ(variableStatus(stateOf("OLLAMA_KEEP_ALIVE", "1h", "1h", "2h")), VarStatus::ServiceOverrides);
  EXPECT_EQ(variableStatus(stateOf("OLLAMA_KEEP_ALIVE", "1h", "1h", "1h")), VarStatus::InEffect);
  EXPECT_EQ(variableStatus(stateOf("OLLAMA_HOST", "1.2.3.4", "1.2.3.4"), true), VarStatus::AppOverrides);
  EXPECT_EQ(variableStatus(stateOf("HF_HOME", "/a", "/a"), true), VarStatus::InEffect); // not Ollama's
  EXPECT_STREQ(varStatusName(VarStatus::SavedRestartOllama), "saved_restart_ollama");
}

} // namespace
} // namespace md::env
