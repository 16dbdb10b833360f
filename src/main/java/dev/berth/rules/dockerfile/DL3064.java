package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Word;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ARG or ENV whose name says it holds a secret. ARG values are kept in the image history and ENV
 * values in the image itself, where anyone who pulls the image reads them; a secret mount ({@code
 * RUN --mount=type=secret}) keeps them out. A name is secret-looking when it is one of hadolint's
 * well-known secret variables ({@code GITHUB_TOKEN}, {@code AWS_SECRET_ACCESS_KEY}, ...), when one
 * of its {@code _}-separated words is {@code password}, {@code secret}, {@code token}, {@code key},
 * {@code auth}, {@code apikey}, {@code credential(s)}, {@code passwd} or {@code pword} as BuildKit
 * decides, or when it contains {@code api_key} or {@code client_key}; but not when a word is {@code
 * public}, {@code file} or {@code version} ({@code PUBLIC_KEY}, {@code PASSWORD_FILE}). Global ARGs
 * are checked too.
 */
@RuleInfo(
    id = "DL3064",
    name = "secrets-in-arg-or-env",
    level = Level.WARNING,
    category = Category.SECURITY,
    aliases = {"SecretsUsedInArgOrEnv"},
    summary = "Do not pass secrets in ARG or ENV; use a secret mount.")
public final class DL3064 implements DockerfileRule {
  private static final Set<String> KNOWN =
      Set.of(
          "ACCESS_TOKEN",
          "APPLICATION_KEY",
          "APP_SECRET",
          "AUTH_TOKEN",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "BITTREX_API_KEY",
          "BITTREX_API_SECRET",
          "CF_PASSWORD",
          "CF_USERNAME",
          "CIRCLE_TOKEN",
          "CI_DEPLOY_PASSWORD",
          "CI_DEPLOY_USER",
          "DOCKERHUB_PASSWORD",
          "DOCKER_EMAIL",
          "DOCKER_PASSWORD",
          "DOCKER_USERNAME",
          "FACEBOOK_ACCESS_TOKEN",
          "FACEBOOK_APP_ID",
          "FACEBOOK_APP_SECRET",
          "FIREBASE_API_TOKEN",
          "FIREBASE_TOKEN",
          "FOSSA_API_KEY",
          "GH_ENTERPRISE_TOKEN",
          "GH_TOKEN",
          "GITHUB_ENTERPRISE_TOKEN",
          "GITHUB_TOKEN",
          "HEROKU_API_KEY",
          "HEROKU_API_USER",
          "NPM_AUTH_TOKEN",
          "NPM_TOKEN",
          "OKTA_AUTHN_GROUPID",
          "OKTA_CLIENT_ORGURL",
          "OKTA_CLIENT_TOKEN",
          "OKTA_OAUTH2_CLIENTID",
          "OKTA_OAUTH2_CLIENTSECRET",
          "OPENAI_API_KEY",
          "OS_PASSWORD",
          "OS_USERNAME",
          "POSTGRES_PASSWORD",
          "SLACK_TOKEN",
          "STRIPE_API_KEY",
          "STRIPE_DEVICE_NAME",
          "TRAVIS_OS_NAME",
          "TRAVIS_SECURE_ENV_VARS",
          "TRAVIS_SUDO",
          "VAULT_CLIENT_KEY",
          "VAULT_TOKEN");
  private static final Pattern SECRET =
      Pattern.compile(
          "(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)"
              + "(?:_|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ALLOWED =
      Pattern.compile("(?:_|^)(?:public|file|version|gpg)(?:_|$)", Pattern.CASE_INSENSITIVE);

  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : ctx.model().instructions()) {
      if (i instanceof Arg a) {
        for (ArgDeclaration d : a.declarations()) {
          check(ctx, "ARG", d.name());
        }
      } else if (i instanceof Env e) {
        for (KeyValue kv : e.pairs()) {
          check(ctx, "ENV", kv.key());
        }
      }
    }
  }

  static boolean secretLooking(String name) {
    if (KNOWN.contains(name.toUpperCase(Locale.ROOT))) {
      return true;
    }
    if (ALLOWED.matcher(name).find()) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET.matcher(name).find() || lower.contains("api_key") || lower.contains("client_key");
  }

  private static void check(DockerfileContext ctx, String keyword, Word name) {
    if (!secretLooking(name.text())) {
      return;
    }
    ctx.report(
        name.span(),
        keyword
            + " "
            + name.text()
            + " looks like a secret, which would stay readable in the image; pass it with"
            + " RUN --mount=type=secret instead");
  }
}
