#include <gtest/gtest.h>

#include "core/env/catalog.h"
#include "core/env/secret_mask.h"
#include "core/util/paths.h"
#include "tests/support/temp_folder.h"

namespace md::env {
namespace {

TEST(EnvCatalog, HasTheWorkflowVariablesWithKinds) {
  for (const char* name :
       {"OLLAMA_MODELS", "OLLAMA_HOST", "HF_HOME", "MODELSCOPE_CACHE", "DASHSCOPE_API_KEY", "WANDB_API_KEY"}) {
    const VariableInfo* info = findVariable(name);
    ASSERT_NE(info, nullptr) << name;
    EXPECT_FALSE(info->advanced) << name;
    EXPECT_FALSE(info->purpose.empty()) << name;
  }
  EXPECT_EQ(findVariable("OLLAMA_MODELS")->kind, VarKind::Path);
  EXPECT_EQ(findVariable("WANDB_API_KEY")->kind, VarKind::Secret);
  EXPECT_TRUE(findVariable("OLLAMA_KEEP_ALIVE")->advanced);
  EXPECT_EQ(findVariable("NOT_A_VARIABLE"), nullptr);
}

TEST(EnvCatalog, DefaultsFollowHomeAndXdg) {
  DefaultContext context{pathFromUtf8("/home/张三"), "", Os::Linux};
  EXPECT_EQ(defaultValue(*findVariable("OLLAMA_MODELS"), context), "/home/张三/.ollama/models");
  EXPECT_EQ(defaultValue(*findVariable("OLLAMA_HOST"), context), "127.0.0.1:11434");
  EXPECT_EQ(defaultValue(*findVariable("HF_HOME"), context), "/home/张三/.cache/huggingface");
  context.xdgCacheHome = "/var/cache/me";
  EXPECT_EQ(defaultValue(*findVariable("HF_HOME"), context), "/var/cache/me/huggingface");
  EXPECT_EQ(defaultValue(*findVariable("MODELSCOPE_CACHE"), context), "/home/张三/.cache/modelscope");
  EXPECT_EQ(defaultValue(*findVariable("WANDB_API_KEY"), context), "");
}

TEST(EnvValidation, PathsMustBeAbsoluteAndCreatable) {
  testing::TempFolder temp("env-validate");
  const VariableInfo& models = *findVariable("OLLAMA_MODELS");
  EXPECT_TRUE(validateValue(models, pathToUtf8(temp.home() / "new" / "models")).ok());
  EXPECT_FALSE(validateValue(models, "relative/models").ok());
  EXPECT_FALSE(validateValue(models, "~/models").ok());
  testing::writeText(temp.path() / "file", "x");
  const auto underFile = validateValue(models, pathToUtf8(temp.path() / "file" / "models"));
  ASSERT_FALSE(underFile.ok());
  EXPECT_NE(underFile.error().message.find("not a folder"), std::string::npos);
  EXPECT_FALSE(validateValue(models, "/a\nb").ok());
}

TEST(EnvValidation, HostMustParseAndKeysMustLookLikeKeys) {
  const VariableInfo& host = *findVariable("OLLAMA_HOST");
  EXPECT_TRUE(validateValue(host, "0.0.0.0:11434").ok());
  EXPECT_TRUE(validateValue(host, "https://example.com").ok());
  EXPECT_FALSE(validateValue(host, "example.com:notaport").ok());
  EXPECT_TRUE(validateValue(host, "[::1]:9000").ok());
  EXPECT_TRUE(validateValue(host, "http://host:1234/prefix/").ok());
  for (const char* bad : {"a b", "garbage host::", "http://[::1", "ftp://x", "http://", " "}) {
    const Status status = validateValue(host, bad);
    EXPECT_FALSE(status.ok()) << bad;
    if (!status.ok()) {
      EXPECT_NE(status.error().message.find("OLLAMA_HOST: "), std::string::npos) << status.error().message;
    }
  }
  const VariableInfo& key = *findVariable("DASHSCOPE_API_KEY");
  EXPECT_TRUE(validateValue(key, "sk-0123456789abcdef").ok());
  EXPECT_FALSE(validateValue(key, "").ok());
  EXPECT_FALSE(validateValue(key, "sk-0123 456789abcdef").ok());
  EXPECT_FALSE(validateValue(key, "short").ok());
  EXPECT_TRUE(validateValue(*findVariable("OLLAMA_KEEP_ALIVE"), "1h30m").ok());
  EXPECT_FALSE(validateValue(*findVariable("OLLAMA_KEEP_ALIVE"), "soon").ok());
  EXPECT_FALSE(validateValue(*findVariable("OLLAMA_NUM_PARALLEL"), "two").ok());
  EXPECT_FALSE(validateValue(*findVariable("OLLAMA_FLASH_ATTENTION"), "yes please").ok());
}

TEST(SecretMask, NeverShowsMoreThanTheLastFour) {
  const std::string key = "sk-abcdefghijklmnop1234";
  EXPECT_EQ(maskSecret(key), "********1234");
  EXPECT_EQ(maskSecret("short"), "********");
  const std::string line = redactSecrets("Authorization: Bearer " + key + " and again " + key, {key});
  EXPECT_EQ(line.find(key), std::string::npos);
  EXPECT_NE(line.find("********1234"), std::string::npos);
}

} // namespace
} // namespace md::env
