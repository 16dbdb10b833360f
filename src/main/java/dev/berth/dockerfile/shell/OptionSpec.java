package dev.berth.dockerfile.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What berth knows of a program's command line: which options take a value (so that the value is
 * not read as an argument), and whether long options are written with one dash ({@code go build
 * -ldflags x}). Programs it does not know take no option values.
 */
record OptionSpec(Set<String> valued, boolean singleDashLong) {
  static final OptionSpec NONE = new OptionSpec(Set.of(), false);

  private static OptionSpec of(String valued) {
    return new OptionSpec(Set.of(valued.trim().split("\\s+")), false);
  }

  boolean takesValue(String option) {
    return valued.contains(option);
  }

  private static final OptionSpec APT =
      of(
          "-o --option -c --config-file -t --target-release --default-release -a"
              + " --host-architecture -P --build-profiles --solver");

  private static final OptionSpec APK =
      of(
          "-X --repository -t --virtual -p --root --arch --cache-dir --keys-dir"
              + " --repositories-file --timeout --cache-max-age --from");

  private static final OptionSpec PIP =
      of(
          "--abi -b --build -e --editable --extra-index-url -f --find-links -i --index-url"
              + " --implementation --no-binary --only-binary --platform --prefix --progress-bar"
              + " --proxy --python --python-version --root --root-user-action --src -t --target"
              + " --trusted-host --upgrade-strategy -r --requirement -c --constraint --log"
              + " --cache-dir --timeout --retries --exists-action --cert --client-cert --index"
              + " --global-option --install-option --config-settings -C --report --pip-args"
              + " --spec --suffix --python-platform -p --index-strategy --keyring-provider"
              + " --resolution --prerelease --exclude-newer --link-mode --overrides -o "
              + "--output-file"
              + " --group --extra");

  private static final OptionSpec NPM =
      of(
          "--loglevel --registry --prefix -C --cache --userconfig --globalconfig --tag -w"
              + " --workspace --omit --include --install-strategy --location --before --scope"
              + " --script-shell");

  private static final OptionSpec YARN =
      of(
          "--cwd --modules-folder --cache-folder --network-timeout --registry --mutex"
              + " --global-folder --link-folder --use-yarnrc --network-concurrency --https-proxy"
              + " --proxy");

  private static final OptionSpec GEM =
      of(
          "-v --version -i --install-dir -n --bindir -s --source -p --http-proxy --platform -g"
              + " --file --build-root -P --trust-policy --config-file --without --with"
              + " --document");

  private static final OptionSpec RPM =
      of(
          "-c --config --installroot --releasever --enablerepo --disablerepo --repo --repoid"
              + " -x --exclude --setopt -d --debuglevel -e --errorlevel --downloaddir --destdir"
              + " --forcearch --color --rpmverbosity --disableplugin --enableplugin --advisory"
              + " --advisories --bz --bzs --cve --cves --sec-severity --secseverity"
              + " --repofrompath --comment --use-host-config");

  private static final OptionSpec ZYPPER =
      of(
          "-c --config -R --root -D --reposd-dir -C --cache-dir --raw-cache-dir --solv-cache-dir"
              + " --pkg-cache-dir -r --repo --from -t --type -p --plus-repo --download"
              + " --plus-content");

  private static final OptionSpec GO =
      new OptionSpec(
          Set.of(
              "-o",
              "-C",
              "-p",
              "-mod",
              "-tags",
              "-ldflags",
              "-gcflags",
              "-asmflags",
              "-buildmode",
              "-compiler",
              "-gccgoflags",
              "-installsuffix",
              "-modfile",
              "-overlay",
              "-pkgdir",
              "-toolexec",
              "-exec",
              "-pgo",
              "-covermode",
              "-coverpkg",
              "-buildvcs"),
          true);

  private static final OptionSpec USERADD =
      of(
          "-u --uid -g --gid -G --groups -d --home-dir --home -s --shell -c --comment -k --skel"
              + " -K --key -e --expiredate -f --inactive -p --password -R --root -P --prefix -Z"
              + " --selinux-user -b --base-dir --btrfs-subvolume-home");

  private static final OptionSpec WGET =
      of(
          "-O --output-document -o --output-file -a --append-output -P --directory-prefix -U"
              + " --user-agent -t --tries -T --timeout -w --wait -e --execute -i --input-file -B"
              + " --base --header --user --password --post-data --post-file --ca-certificate"
              + " --certificate --private-key --load-cookies --save-cookies --progress"
              + " --referer --http-user --http-password --limit-rate -Q --quota --method"
              + " --body-data --body-file --ca-directory --dns-timeout --connect-timeout"
              + " --read-timeout --waitretry -l --level -A --accept -R --reject -D --domains");

  private static final OptionSpec CURL =
      of(
          "-o --output -H --header -d --data --data-ascii --data-binary --data-raw"
              + " --data-urlencode --json -X --request -u --user -A --user-agent -e --referer -F"
              + " --form --form-string -T --upload-file -b --cookie -c --cookie-jar -w --write-out"
              + " -x --proxy -m --max-time --connect-timeout --retry --retry-delay"
              + " --retry-max-time -r --range -E --cert --key --cacert --capath -K --config -C"
              + " --continue-at --output-dir --proto --proto-redir --resolve --limit-rate"
              + " --max-filesize --url --oauth2-bearer --interface --dns-servers"
              + " --create-file-mode -Y --speed-limit -y --speed-time -z --time-cond -Q --quote"
              + " --max-redirs -U --proxy-user --netrc-file --stderr --trace"
              + " --trace-ascii -D --dump-header --local-port --pinnedpubkey --connect-to"
              + " --unix-socket --expect100-timeout --aws-sigv4");

  private static final OptionSpec SHELL = of("-o +o -O +O --rcfile --init-file");

  private static final OptionSpec PYTHON = of("-m -c -W -X");

  private static final OptionSpec UV =
      of(
          "--directory --project --cache-dir --config-file --color --python -p -i --index-url"
              + " --extra-index-url --index -f --find-links -r --requirement -c --constraint"
              + " --target --prefix -e --editable --python-version --python-platform"
              + " --index-strategy --keyring-provider --resolution --prerelease --exclude-newer"
              + " --link-mode --overrides -o --output-file --group --extra --with -w --from"
              + " --python-preference --no-binary --only-binary --refresh-package"
              + " --reinstall-package --upgrade-package -P --config-setting -C --torch-backend"
              + " --default-index --no-build-package --no-binary-package --only-binary-package");

  private static final Map<String, OptionSpec> BY_NAME = new HashMap<>();

  static {
    for (String n : List.of("apt-get", "apt", "aptitude", "apt-cache")) {
      BY_NAME.put(n, APT);
    }
    BY_NAME.put("apk", APK);
    for (String n : List.of("npm", "pnpm", "npx")) {
      BY_NAME.put(n, NPM);
    }
    BY_NAME.put("yarn", YARN);
    BY_NAME.put("gem", GEM);
    for (String n : List.of("yum", "dnf", "microdnf", "dnf5", "tdnf")) {
      BY_NAME.put(n, RPM);
    }
    BY_NAME.put("zypper", ZYPPER);
    BY_NAME.put("go", GO);
    BY_NAME.put("useradd", USERADD);
    BY_NAME.put("adduser", USERADD);
    BY_NAME.put("wget", WGET);
    BY_NAME.put("curl", CURL);
    BY_NAME.put("uv", UV);
    for (String n : List.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh")) {
      BY_NAME.put(n, SHELL);
    }
  }

  /** The spec of a program, by the basename of its path. */
  static OptionSpec forProgram(String program) {
    String name = ShellCommand.basename(program).toLowerCase(Locale.ROOT);
    OptionSpec spec = BY_NAME.get(name);
    if (spec != null) {
      return spec;
    }
    if (name.startsWith("pip")) {
      return PIP;
    }
    if (name.startsWith("python")) {
      return PYTHON;
    }
    return NONE;
  }
}
