package dev.weft.wasi.sockets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Allow-list patterns, the UDP send permit, and name-lookup refusals. */
class NetworkPolicyTest {
    private static InetSocketAddress at(String ip, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(ip), port);
    }

    @Test
    void patternsMatchHostsBlocksAndPorts() throws Exception {
        assertTrue(AddressPattern.parse("127.0.0.1:8080").matches(at("127.0.0.1", 8080)));
        assertFalse(AddressPattern.parse("127.0.0.1:8080").matches(at("127.0.0.1", 8081)));
        assertFalse(AddressPattern.parse("127.0.0.1:8080").matches(at("127.0.0.2", 8080)));
        assertTrue(AddressPattern.parse("10.0.0.0/8:*").matches(at("10.200.3.4", 1)));
        assertFalse(AddressPattern.parse("10.0.0.0/8:*").matches(at("11.0.0.1", 1)));
        assertTrue(AddressPattern.parse("192.168.1.0/25:53").matches(at("192.168.1.127", 53)));
        assertFalse(AddressPattern.parse("192.168.1.0/25:53").matches(at("192.168.1.128", 53)));
        assertTrue(AddressPattern.parse("[::1]:443").matches(at("::1", 443)));
        assertFalse(AddressPattern.parse("[::1]:443").matches(at("127.0.0.1", 443)));
        assertTrue(AddressPattern.parse("*:53").matches(at("8.8.8.8", 53)));
        assertTrue(AddressPattern.parse("*").matches(at("8.8.8.8", 1)));
        assertTrue(AddressPattern.parse("localhost:9000").matches(at("127.0.0.1", 9000)));
        for (String bad : List.of("127.0.0.1", "127.0.0.1:x", "127.0.0.1:70000", "10.0.0.0/40:*", "host/8:*")) {
            assertThrows(IllegalArgumentException.class, () -> AddressPattern.parse(bad), bad);
        }
    }

    @Test
    void policyNeedsBothTheProtocolAndAMatchingPattern() throws Exception {
        var any = List.of(AddressPattern.ANY);
        assertFalse(NetworkPolicy.DENY_ALL.allowsTcp(at("127.0.0.1", 80)));
        assertTrue(new NetworkPolicy(true, true, false, any, List.of()).allowsTcp(at("127.0.0.1", 80)));
        assertFalse(new NetworkPolicy(true, true, false, any, List.of()).allowsUdp(at("127.0.0.1", 80)));
        assertFalse(new NetworkPolicy(false, true, false, any, any).allowsTcp(at("127.0.0.1", 80)));
    }

    @Test
    void udpSendsNeedAPermitAndAnAddress() throws Exception {
        NetworkPolicy policy = new NetworkPolicy(true, true, false, List.of(), List.of(AddressPattern.parse(
                "127.0.0.1:*")));
        UdpSocket s = UdpSocket.create(IpFamily.IPV4, policy);
        assertTrue(assertThrows(SocketError.class, () -> s.stream(Optional.empty())).code()
                == SocketErrorCode.INVALID_STATE);
        s.startBind(at("127.0.0.1", 0));
        s.finishBind();
        int generation = s.stream(Optional.empty());
        var out = new DatagramStreams.Outgoing(s, generation);
        var datagram = new DatagramStreams.Datagram(new byte[] {1}, Optional.of(at("127.0.0.1", 9)));
        assertThrows(Trap.class, () -> out.send(List.of(datagram)), "no check-send");
        out.checkSend();
        assertThrows(SocketError.class, () -> out.send(List.of(new DatagramStreams.Datagram(new byte[] {1},
                Optional.empty()))), "no address and not connected");
        out.checkSend();
        assertTrue(assertThrows(SocketError.class, () -> out.send(List.of(new DatagramStreams.Datagram(
                new byte[] {1}, Optional.of(at("10.0.0.1", 9)))))).code() == SocketErrorCode.ACCESS_DENIED);
        s.stream(Optional.empty());
        assertTrue(assertThrows(SocketError.class, out::checkSend).code() == SocketErrorCode.INVALID_STATE,
                "a later stream call replaces the old streams");
        s.close();
    }

    @Test
    void nameLookupRefusals() {
        assertTrue(assertThrows(SocketError.class, () -> NameLookup.start("localhost", NetworkPolicy.DENY_ALL))
                .code() == SocketErrorCode.PERMANENT_RESOLVER_FAILURE);
        NetworkPolicy lookups = new NetworkPolicy(true, true, true, List.of(), List.of());
        for (String bad : List.of("", "a.b<&>", "white space", "1.2.3")) {
            assertTrue(assertThrows(SocketError.class, () -> NameLookup.start(bad, lookups)).code()
                    == SocketErrorCode.INVALID_ARGUMENT, bad);
        }
    }
}
