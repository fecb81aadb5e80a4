-- A CA may be trusted in several domains: a device provider's CA issues both the FTM and the device
-- certificates (MOSIP registers it in the FTM and DEVICE domains). The certificate's hash alone was
-- the key, so a second domain's upload was silently dropped; the key is now the hash and the domain.
alter table trusted_certificate drop constraint trusted_certificate_pkey;
alter table trusted_certificate add primary key (id, domain);
