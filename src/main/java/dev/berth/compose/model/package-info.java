/**
 * Compose documents: the node tree the loader builds ({@link dev.berth.compose.model.MapNode},
 * {@link dev.berth.compose.model.SeqNode}, {@link dev.berth.compose.model.ScalarNode}, each with
 * its span), and the typed view rules read ({@link dev.berth.compose.model.Project}).
 *
 * <h2>Using the typed view in a rule</h2>
 *
 * <pre>{@code
 * Project p = ctx.project();                    // built once per file, shared by every rule
 * for (Service s : p.services()) {              // file order; p.service("web") by name
 *   for (Port port : s.ports()) {               // short and long syntax, same fields
 * port.published()                          // Optional<SpannedText>: "8080" with its exact span
 *     port.publishedRange()                     // Optional<PortRange> when valid
 *   }
 *   for (ServiceNetwork n : s.networks()) {     // list or map form; the implicit "default"
 *     if (!p.declaresNetwork(n.name().value())) ctx.report(n.name().span(), "...");
 *   }
 *   s.dependencies();                           // depends_on + links, volumes_from, service:x
 *   s.get("stop_signal");                       // any other key, as its node
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.berth.compose.model.SpannedText} is a value and the span of the characters it
 *       came from. A part of a scalar (the host port of {@code "8080:80/udp"}, the mode {@code roo}
 *       of {@code ./d:/x:roo}) has its own span when the scalar is written out plainly or quoted
 *       without escapes and is not interpolated; otherwise the span is the whole scalar's. {@link
 *       dev.berth.compose.model.ScalarText} locates parts of any scalar the same way.
 *   <li>Values are after interpolation ({@link dev.berth.compose.model.ScalarNode#value()}); a
 *       short-syntax string whose raw text has a {@code $} carries no {@link
 *       dev.berth.compose.model.SyntaxError}, since its value depends on the environment.
 *   <li>Normalisation follows compose-go: a service with neither {@code networks} nor {@code
 *       network_mode} (nor {@code provider}) is on the implicit {@code default} network, which
 *       every file declares; {@code links}, {@code volumes_from} (not {@code container:}) and
 *       {@code network_mode}/{@code ipc}/{@code pid}/{@code uts}/{@code cgroup} values {@code
 *       service:x} are implicit dependencies ({@link dev.berth.compose.model.Dependency.Via}); a
 *       short-syntax volume whose source starts with {@code .}, {@code /}, {@code ~}, {@code \\} or
 *       a drive letter is a bind mount, another source a named volume.
 *   <li>Top-level resources are maps by name ({@link dev.berth.compose.model.Project#networks()},
 *       volumes, secrets, configs, models), so reference checks cost one lookup each.
 *   <li>Nodes reached through an alias have the anchored node's span ({@link
 *       dev.berth.compose.model.Node#site()} is where the alias is written).
 *   <li>The view reads one file. A view of nodes merged from several files would need a {@link
 *       dev.berth.core.SourceText} per node for exact parts; {@code Project.of(source, root)}
 *       assumes all nodes come from {@code source}.
 * </ul>
 */
package dev.berth.compose.model;
