//! Rate limits. Everyone at a venue shares one public address, so limits are
//! keyed on the signed-in person where there is one, and on the client
//! address only for anonymous requests (sign-in), with room for a whole
//! room signing in at once. Sign-in tokens carry 256 bits: the limit is
//! against floods, not guessing.

use std::{
    net::{IpAddr, SocketAddr},
    num::NonZeroU32,
};

use axum::http::HeaderMap;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

pub struct Limits {
    sign_in: DefaultKeyedRateLimiter<IpAddr>,
    posting: DefaultKeyedRateLimiter<i64>,
}

const fn nz(n: u32) -> NonZeroU32 {
    match NonZeroU32::new(n) {
        Some(n) => n,
        None => panic!("zero"),
    }
}

/// Sign-ins per minute from one address: a room of 300 behind one router
/// signs in within a few minutes.
pub const SIGN_INS_PER_MINUTE: u32 = 600;

impl Default for Limits {
    fn default() -> Self {
        Limits::with_sign_ins_per_minute(nz(SIGN_INS_PER_MINUTE))
    }
}

impl Limits {
    /// A burst of a fifth of a minute's allowance, then the steady rate.
    pub fn with_sign_ins_per_minute(per_minute: NonZeroU32) -> Self {
        let burst = NonZeroU32::new(per_minute.get() / 5).unwrap_or(nz(1));
        Limits {
            sign_in: RateLimiter::keyed(Quota::per_minute(per_minute).allow_burst(burst)),
            posting: RateLimiter::keyed(Quota::per_minute(nz(60)).allow_burst(nz(30))),
        }
    }

    /// Opening or redeeming sign-in links, per client address.
    pub fn allow_sign_in(&self, client: IpAddr) -> bool {
        self.sign_in.check_key(&client).is_ok()
    }

    /// State changes by a signed-in person.
    pub fn allow_post(&self, person: i64) -> bool {
        self.posting.check_key(&person).is_ok()
    }
}

/// The client's address: the peer's, unless the peer is a trusted proxy;
/// then the nearest address in `X-Forwarded-For` that is not a trusted proxy.
pub fn client_ip(
    peer: Option<SocketAddr>,
    headers: &HeaderMap,
    trusted: &[IpAddr],
) -> Option<IpAddr> {
    let peer = peer?.ip();
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .collect::<Vec<_>>();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|a| !trusted.contains(a))
            .unwrap_or(peer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", xff.parse().unwrap());
        h
    }

    #[test]
    fn forwarded_for_counts_only_behind_a_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let peer = |ip: &str| Some(SocketAddr::new(ip.parse().unwrap(), 1234));
        let spoofed = headers("1.2.3.4");
        assert_eq!(
            client_ip(peer("203.0.113.9"), &spoofed, &[]),
            Some("203.0.113.9".parse().unwrap())
        );
        assert_eq!(
            client_ip(peer("203.0.113.9"), &spoofed, &[proxy]),
            Some("203.0.113.9".parse().unwrap())
        );
        let chain = headers("1.2.3.4, 198.51.100.7, 10.0.0.1");
        assert_eq!(
            client_ip(peer("10.0.0.1"), &chain, &[proxy]),
            Some("198.51.100.7".parse().unwrap())
        );
    }

    #[test]
    fn limits_allow_a_burst_then_refuse() {
        let limits = Limits::default();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let allowed = (0..200).filter(|_| limits.allow_sign_in(ip)).count();
        assert!((120..=125).contains(&allowed), "{allowed}");
        assert!(
            limits.allow_sign_in("192.0.2.2".parse().unwrap()),
            "per address"
        );
        let posts = (0..100).filter(|_| limits.allow_post(7)).count();
        assert!((30..=32).contains(&posts), "{posts}");
        assert!(limits.allow_post(8), "per person");
    }
}
