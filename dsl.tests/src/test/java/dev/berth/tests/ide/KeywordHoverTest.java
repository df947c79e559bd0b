package dev.berth.tests.ide;

import com.google.inject.Injector;
import dev.berth.tests.BerthInjectorProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every keyword of the grammar, in every rule it appears in, has a hover that explains it. */
class KeywordHoverTest extends LanguageServerTestBase {

	/** Rules whose keywords are words written as names; the keywords of terminal rules are characters. */
	private static final Set<String> NAME_RULES = Set.of("Name", "Word");

	/** Every keyword of the grammar in every place it can stand. */
	private static final String SAMPLE = """
			deployment acme.sample
			import acme.other.*

			host node1 {
			    cpu 16 cores memory 64 GiB disk 1 TiB os linux "Debian 12" arch x86_64 hypervisor kvm runtime docker
			    overcommit cpu 2.0 memory 1.0 address "10.0.0.1" storage "/srv" connection ssh
			}
			host node2 { os windows arch aarch64 hypervisor hyperv runtime podman overcommit memory 1.5 cpu 2 connection local }
			host node3 { os esxi hypervisor esxi runtime containerd memory 1 KiB disk 1 KB }
			host node4 { hypervisor xen runtime lxc memory 1 MB disk 1 GB }
			host node5 { hypervisor qemu runtime none memory 1 TB }
			host node6 { hypervisor none }
			network lan { subnet "10.0.0.0/24" gateway "10.0.0.1" mode nat bridge "br0" dns "10.0.0.1" }
			network n2 { mode bridge }
			network n3 { mode isolated }
			network n4 { mode routed }
			secret s1 from file "s.txt"
			secret s2 from env "S"
			vm v1 on node1 {
			    os linux arch x86_64 vcpu 2 memory 2 GiB cpu-model host-passthrough
			    disk root 10 GiB image "i.qcow2" format qcow2 bus virtio
			    disk d2 1 GiB format raw bus sata
			    disk d3 1 MiB bus scsi
			    cdrom "c.iso"
			    network lan ip "10.0.0.5" mac "52:54:00:00:00:01"
			    ssh-key "ssh-ed25519 AAAA"
			    ssh-key from file "k.pub"
			    user-data "u.yaml"
			    boot uefi
			    kernel "vmlinuz" initrd "initrd" cmdline "console=ttyS0"
			    graphics vnc listen "127.0.0.1"
			    autostart
			    address "10.0.0.5"
			    runtime docker
			    hypervisor kvm
			    depends on v2 started
			}
			vm v2 on node1 { cpu-model host-model boot bios graphics spice role identity }
			vm v3 on node1 { cpu-model "Skylake" graphics none role appliance }
			vm v4 on node1 { role desktop }
			vm v5 on node1 { role none }
			container c1 on node1, node2 {
			    image "nginx:1.27" build "./c" dockerfile "Dockerfile" build-target "t" build-arg V = "1"
			    replicas 2 cpu 0.5 memory 256 MiB
			    port 8080 -> 80 udp listen "127.0.0.1"
			    port 9000-9001 -> 90
			    expose 81, 82
			    env A = "1"
			    env B from env "B"
			    env-file "e.env"
			    secret s1
			    volume "./d" -> "/d" readonly
			    volume "v" -> "/v" size 1 GiB
			    network lan user "101" os linux privileged command "x" entrypoint ["a", "b"] workdir "/w" hostname "h"
			    healthcheck "true" every 30 s timeout 1 min retries 3 start 1 h
			    cap add CHOWN
			    cap drop ALL
			    read-only tmpfs "/t" label k = "v" sandbox gvisor restart unless-stopped
			    depends on v1 healthy, c2 completed
			}
			container c2 on node1 { sandbox kata restart no role database }
			container c3 on node1 { sandbox none restart always role web }
			container c4 on node1 { restart on-failure healthcheck "t" every 5 ms role cache }
			container c5 on node1 { role queue }
			container c6 on node1 { role batch }
			container c7 on node1 { role build }
			container c8 on node1 { sandbox kata-fc }
			balancer lb on node1 { listen 80 targets c1:80, c2 policy round-robin health "/h" network lan }
			balancer lb2 on node1 { policy least-connections }
			balancer lb3 on node1 { policy source-hash }
			profile kvm { overhead 256 MiB baseline 1 GiB cpu 0.1 start 500 ms image 1 GiB }
			""";

	@Test
	void everyKeywordOfTheGrammarHasAHoverWhereverItStands() {
		Injector injector = new BerthInjectorProvider().getInjector();
		IParseResult parsed = injector.getInstance(IParser.class).parse(new StringReader(SAMPLE));
		Assertions.assertFalse(parsed.hasSyntaxErrors(), () -> parsed.getSyntaxErrors().toString());
		Map<Keyword, Integer> offsets = new HashMap<>();
		for (ILeafNode leaf : parsed.getRootNode().getLeafNodes()) {
			Keyword keyword = keywordOf(leaf.getGrammarElement());
			if (keyword != null) {
				offsets.putIfAbsent(keyword, leaf.getOffset());
			}
		}
		String uri = workspace(SAMPLE).get(0);
		Document positions = new Document(1, SAMPLE);
		List<String> unexplained = new ArrayList<>();
		List<Keyword> keywords = EcoreUtil2.eAllOfType(injector.getInstance(IGrammarAccess.class).getGrammar(), Keyword.class);
		for (Keyword keyword : keywords) {
			String rule = GrammarUtil.containingRule(keyword).getName();
			boolean word = Character.isLetter(keyword.getValue().charAt(0));
			if (!word || NAME_RULES.contains(rule) || GrammarUtil.containingRule(keyword) instanceof TerminalRule) {
				continue;
			}
			Integer offset = offsets.get(keyword);
			Hover hover = offset == null ? null
					: await(languageServer.hover(new HoverParams(document(uri), positions.getPosition(offset))));
			String title = "**" + keyword.getValue() + "**: ";
			String text = hover == null ? "" : hover.getContents().getRight().getValue();
			if (offset == null || !text.startsWith(title) || text.isBlank()) {
				unexplained.add(rule + " " + keyword.getValue() + (offset == null ? " (not in the sample)" : ""));
			}
		}
		Assertions.assertTrue(keywords.size() > 150, "keywords: " + keywords.size());
		Assertions.assertEquals(List.of(), unexplained);
	}

	@Test
	void aNameThatIsAlsoAKeywordShowsTheElement() {
		String uri = workspace(SAMPLE).get(0);
		int line = (int) SAMPLE.lines().takeWhile(l -> !l.startsWith("profile kvm")).count();
		Hover hover = await(languageServer.hover(new HoverParams(document(uri), at(line, 9))));
		Assertions.assertTrue(hover.getContents().getRight().getValue().startsWith("**profile kvm**"), hover.toString());
	}

	@Test
	void aKeywordExplainsWhatItMeansWhereItStands() {
		String uri = workspace(SAMPLE).get(0);
		int line = (int) SAMPLE.lines().takeWhile(l -> !l.startsWith("profile kvm")).count();
		int column = SAMPLE.lines().toList().get(line).indexOf("start");
		Hover inProfile = await(languageServer.hover(new HoverParams(document(uri), at(line, column))));
		Assertions.assertTrue(inProfile.getContents().getRight().getValue().contains("to start: start 500 ms"),
				inProfile.toString());
		int healthcheck = (int) SAMPLE.lines().takeWhile(l -> !l.contains("healthcheck \"true\"")).count();
		column = SAMPLE.lines().toList().get(healthcheck).indexOf("start");
		Hover inHealthcheck = await(languageServer.hover(new HoverParams(document(uri), at(healthcheck, column))));
		Assertions.assertTrue(inHealthcheck.getContents().getRight().getValue().contains("grace period"),
				inHealthcheck.toString());
	}

	private static Keyword keywordOf(EObject grammarElement) {
		if (grammarElement instanceof EnumLiteralDeclaration literal) {
			return literal.getLiteral();
		}
		return grammarElement instanceof Keyword keyword ? keyword : null;
	}
}
