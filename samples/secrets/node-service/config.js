// Release bot configuration (nhilint sample: every value here is fake).
module.exports = {
  github: {
    owner: 'acme',
    repo: 'billing',
    token: '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',
  },
  slack: {
    channel: '#releases',
    botToken: 'xoxb-2837461937465-4829174638291-nhILinTSamPLEbOtT0kEn9aZ',
  },
  sendgridKey: 'SG.nhilintSAMPLEkey7Q2xLw.k9Rt4Vb8Zn3Mc6Pd1Fg5Hj2Kl8Qw7Er4Ty6Ui3Op0As',
  timeoutMs: 30000,
};
