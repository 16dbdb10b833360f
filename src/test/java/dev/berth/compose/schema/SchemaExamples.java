package dev.berth.compose.schema;

import java.util.List;

/**
 * Test support: small compose documents with the verdict the Compose schema gives them. {@link
 * ComposeSchemaTest} checks berth's schema against these verdicts without any reference data;
 * {@link SchemaDifferentialTest} checks the verdicts themselves against the upstream schema.
 */
final class SchemaExamples {
  private SchemaExamples() {}

  /** A document and whether the Compose schema accepts it. */
  record Example(String name, boolean valid, String yaml) {
    @Override
    public String toString() {
      return (valid ? "accepts " : "rejects ") + name;
    }
  }

  static List<Example> all() {
    return List.of(
        ok("an empty project", "{}"),
        ok("x- keys at the top level", "x-anything: [1, 2]\nservices: {}"),
        bad("an unknown top-level key", "service: {web: {image: a}}"),
        bad("a legacy v1 file (services at the root)", "web:\n  image: nginx"),
        bad("a document that is a list", "- services"),
        bad("version as a number", "version: 3.8\nservices: {}"),
        ok("version as a string", "version: '3.8'\nservices: {}"),
        bad("a service name with a space", "services: {'my web': {image: a}}"),
        ok("a service named x-base (a service, not an extension)", "services: {x-base: {}}"),
        bad("a null service", "services:\n  web:"),
        ok(
            "null volume, network and develop/deploy",
            """
            services: {web: {image: a, deploy: , develop: }}
            volumes: {data: }
            networks: {front: }"""),
        bad("a null secret", "secrets:\n  s:"),
        bad("a null config", "configs:\n  c:"),
        ok("a badly named network (networks is not closed)", "networks: {'bad name!': 7}"),
        bad("a badly named volume", "volumes: {'bad name!': {}}"),
        bad(
            "depends_on long syntax without condition",
            """
            services:
              web: {image: a, depends_on: {db: {required: true}}}
              db: {image: b}"""),
        bad(
            "depends_on with an unknown condition",
            """
            services:
              web: {image: a, depends_on: {db: {condition: service_ready}}}"""),
        ok("depends_on short syntax", "services: {web: {depends_on: [db]}, db: {}}"),
        bad("depends_on short syntax with a duplicate", "services: {web: {depends_on: [db, db]}}"),
        bad(
            "a volume mount without type",
            """
            services: {web: {volumes: [{source: data, target: /data}]}}"""),
        bad(
            "a volume mount of an unknown type",
            """
            services: {web: {volumes: [{type: bind-mount, source: ., target: /x}]}}"""),
        ok(
            "an image volume mount",
            """
            services: {web: {volumes: [{type: image, source: a, target: /a,
              image: {subpath: x}}]}}"""),
        bad("x- key inside extends", "services: {web: {extends: {service: b, x-note: 1}}}"),
        bad("x- key inside an include entry", "include: [{path: a.yaml, x-note: 1}]"),
        bad("x- key inside blkio_config", "services: {web: {blkio_config: {weight: 10, x-n: 1}}}"),
        bad(
            "x- key inside a long env_file entry",
            "services: {web: {env_file: [{path: a, x-n: 1}]}}"),
        ok("x- key inside a long port", "services: {web: {ports: [{target: 80, x-n: 1}]}}"),
        ok(
            "container_name with a space (the pattern is unanchored)",
            """
            services: {web: {container_name: "my app!"}}"""),
        bad(
            "container_name without two valid characters in a row",
            """
            services: {web: {container_name: "a!"}}"""),
        ok("pull_policy containing a valid word", "services: {web: {pull_policy: rebuild-please}}"),
        bad("pull_policy without a valid word", "services: {web: {pull_policy: sometimes}}"),
        ok("cpu_percent as an interpolated string", "services: {web: {cpu_percent: '${P}'}}"),
        bad("cpu_percent above 100", "services: {web: {cpu_percent: 101}}"),
        bad("cpu_count negative", "services: {web: {cpu_count: -1}}"),
        bad("oom_score_adj below -1000", "services: {web: {oom_score_adj: -1001}}"),
        bad("cpu_count as a fraction", "services: {web: {cpu_count: 1.5}}"),
        bad(
            "tmpfs size negative",
            """
            services: {web: {volumes: [{type: tmpfs, target: /t, tmpfs: {size: -1}}]}}"""),
        ok("privileged as a string", "services: {web: {privileged: 'yes'}}"),
        bad(
            "use_api_socket as a string (boolean only)",
            "services: {web: {use_api_socket: 'true'}}"),
        bad(
            "initial_sync as a string (boolean only)",
            """
            services: {web: {develop: {watch: [{path: ., action: sync,
              initial_sync: 'true'}]}}}"""),
        bad("a watch rule without action", "services: {web: {develop: {watch: [{path: .}]}}}"),
        bad(
            "a watch rule with an unknown action",
            """
            services: {web: {develop: {watch: [{path: ., action: copy}]}}}"""),
        bad("a post_start hook without command", "services: {web: {post_start: [{user: root}]}}"),
        ok("a pre_start step without command", "services: {web: {pre_start: [{image: busybox}]}}"),
        ok(
            "a null service model entry",
            "services: {web: {models: {llm: }}}\nmodels: {llm: {model: ai/x}}"),
        bad("a model without model", "models: {llm: {name: x}}"),
        ok("gpus: all", "services: {web: {gpus: all}}"),
        bad("gpus: any", "services: {web: {gpus: any}}"),
        ok(
            "an unknown key in a gpus entry (entries are open)",
            """
            services: {web: {gpus: [{driver: nvidia, vendor: x}]}}"""),
        bad(
            "a deploy device request without capabilities",
            """
            services: {web: {deploy: {resources: {reservations:
              {devices: [{driver: nvidia}]}}}}}"""),
        ok(
            "an unknown key in a secret's external (not closed)",
            "secrets: {s: {external: {a: 1}}}"),
        bad("an unknown key in a volume's external (closed)", "volumes: {v: {external: {a: 1}}}"),
        bad("a ulimit with soft only", "services: {web: {ulimits: {nofile: {soft: 1}}}}"),
        ok(
            "a ulimit under a name the pattern skips",
            "services: {web: {ulimits: {NOFILE: {soft: 1}}}}"),
        bad("an environment map with a list value", "services: {web: {environment: {A: [1]}}}"),
        ok(
            "an environment map with null, number and boolean",
            """
            services: {web: {environment: {A: , B: 1, C: true}}}"""),
        bad("an environment list with a duplicate", "services: {web: {environment: [A=1, A=1]}}"),
        bad("an environment map with an empty key", "services: {web: {environment: {'': x}}}"),
        ok("labels of a service given as a list", "services: {web: {labels: [a=b]}}"),
        bad("ports with a duplicate", "services: {web: {ports: ['80:80', '80:80']}}"),
        bad(
            "a port object with an unknown key",
            "services: {web: {ports: [{target: 80, hostport: 1}]}}"),
        ok("a port as a number", "services: {web: {ports: [80]}}"),
        ok("command null", "services: {web: {command: }}"),
        bad("healthcheck null", "services: {web: {healthcheck: }}"),
        bad(
            "a network attachment with an unknown key",
            """
            services: {web: {networks: {front: {alias: [a]}}}}"""),
        bad("a service networks map with a bad name", "services: {web: {networks: {'a b': }}}"),
        ok(
            "extra_hosts map with a list of addresses",
            """
            services: {web: {extra_hosts: {h: ['10.0.0.1', '::1']}}}"""),
        bad("extra_hosts map with a number", "services: {web: {extra_hosts: {h: 1}}}"),
        ok(
            "build no_cache_filter",
            "services: {web: {build: {context: ., no_cache_filter: deps}}}"),
        bad("build with an unknown key", "services: {web: {build: {context: ., dockerfil: x}}}"),
        bad("a provider without type", "services: {web: {provider: {options: {a: 1}}}}"),
        bad("cgroup: hosts", "services: {web: {cgroup: hosts}}"),
        bad(
            "a bind mount with selinux: zz",
            """
            services: {web: {volumes: [{type: bind, source: ., target: /x,
              bind: {selinux: zz}}]}}"""),
        bad(
            "update_config order: first",
            "services: {web: {deploy: {update_config: {order: first}}}}"),
        ok("include as a plain path", "include: [other.yaml]"),
        bad("include path as a number", "include: [{path: 1}]"),
        bad("ipam options with a number value", "networks: {n: {ipam: {options: {a: 1}}}}"),
        ok("driver_opts with a number value", "networks: {n: {driver_opts: {mtu: 1450}}}"),
        bad("driver_opts with a boolean value", "networks: {n: {driver_opts: {flag: true}}}"));
  }

  private static Example ok(String name, String yaml) {
    return new Example(name, true, yaml);
  }

  private static Example bad(String name, String yaml) {
    return new Example(name, false, yaml);
  }
}
