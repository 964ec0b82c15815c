#include <gtest/gtest.h>

#include "core/ollama/client.h"
#include "core/ollama/host.h"
#include "core/ollama/version.h"
#include "tests/support/fake_ollama.h"

namespace md::ollama {
namespace {

TEST(OllamaHost, FollowsOllamaRules) {
  EXPECT_EQ(parseOllamaHost("").url(), "http://127.0.0.1:11434");
  EXPECT_EQ(parseOllamaHost("example.com").url(), "http://example.com:11434");
  EXPECT_EQ(parseOllamaHost("example.com:5000").url(), "http://example.com:5000");
  EXPECT_EQ(parseOllamaHost("http://example.com").url(), "http://example.com:80");
  EXPECT_EQ(parseOllamaHost("https://example.com").url(), "https://example.com:443");
  EXPECT_EQ(parseOllamaHost("https://example.com:8443/").url(), "https://example.com:8443");
  EXPECT_EQ(parseOllamaHost("[::1]:9000").url(), "http://[::1]:9000");
  EXPECT_EQ(parseOllamaHost("::1").url(), "http://[::1]:11434");
  EXPECT_EQ(parseOllamaHost("  \"0.0.0.0:11434\"  ").url(), "http://0.0.0.0:11434");
  EXPECT_EQ(parseOllamaHost("host:1234/prefix/api/").url(), "http://host:1234/prefix/api");
  EXPECT_EQ(parseOllamaHost(":11435").url(), "http://:11435");
}

TEST(OllamaHost, ClientUrlMapsWildcardsToLoopback) {
  EXPECT_EQ(parseOllamaHost("0.0.0.0").clientUrl(), "http://127.0.0.1:11434");
  EXPECT_EQ(parseOllamaHost("[::]:8080").clientUrl(), "http://[::1]:8080");
  EXPECT_EQ(parseOllamaHost(":11435").clientUrl(), "http://127.0.0.1:11435");
}

TEST(OllamaHost, InvalidPortFallsBackWithWarning) {
  const auto host = parseOllamaHost("example.com:99999");
  EXPECT_EQ(host.port, 11434);
  EXPECT_FALSE(host.warning.empty());
}

TEST(OllamaVersion, ParsesAndOrders) {
  EXPECT_EQ(parseVersion("0.5.5"), (Version{0, 5, 5}));
  EXPECT_EQ(parseVersion("v0.30.0-rc2"), (Version{0, 30, 0}));
  EXPECT_EQ(parseVersion("0.7"), (Version{0, 7, 0}));
  EXPECT_FALSE(parseVersion("abc").has_value());
  EXPECT_LT(*parseVersion("0.5.4"), kCreateWithFiles);
  EXPECT_GE(*parseVersion("0.7.1"), kProjectorSeparateFile);
  EXPECT_LT(*parseVersion("0.9.10"), kSplitShardImport);
}

TEST(OllamaClient, ReadsVersionFromServer) {
  testing::FakeOllama server({.version = "0.7.1"});
  ASSERT_TRUE(server.start());
  Client client(server.url() + "/");
  auto version = client.version();
  ASSERT_TRUE(version.ok()) << version.error().describe();
  EXPECT_EQ(*version, "0.7.1");
}

TEST(OllamaClient, ClosedPortSaysOllamaIsNotRunning) {
  const int port = testing::unusedLoopbackPort();
  Client client("http://127.0.0.1:" + std::to_string(port));
  auto version = client.version();
  ASSERT_FALSE(version.ok());
  EXPECT_EQ(version.error().code, ErrorCode::Network);
  EXPECT_NE(version.error().message.find("Ollama is not running at http://127.0.0.1:" + std::to_string(port)),
            std::string::npos)
      << version.error().message;
}

TEST(OllamaHost, LoopbackSpellingsAreOneServer) {
  EXPECT_TRUE(isLoopbackHost("LocalHost"));
  EXPECT_TRUE(isLoopbackHost("::1"));
  EXPECT_FALSE(isLoopbackHost("192.168.1.20"));
  EXPECT_TRUE(sameOllamaServer("http://localhost:11434/", "127.0.0.1:11434"));
  EXPECT_TRUE(sameOllamaServer("https://[::1]:9000", "http://LOCALHOST:9000"));
  EXPECT_FALSE(sameOllamaServer("http://localhost:11434", "http://localhost:11435"));
  EXPECT_FALSE(sameOllamaServer("http://nas:11434/a", "http://nas:11434/b"));
  EXPECT_FALSE(sameOllamaServer("http://nas:11434", "http://127.0.0.1:11434"));
}

} // namespace
} // namespace md::ollama
