package com.example.toban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The contribution metrics of one Slack user in one analysis. */
@Entity
@Table(name = "slack_contribution",
        uniqueConstraints = @UniqueConstraint(name = "uq_slack_contribution_analysis_id_user_id", columnNames = {"analysis_id", "user_id"}),
        indexes = @Index(name = "ix_slack_contribution_user_id", columnList = "user_id"))
public class SlackContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "analysis_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private SlackAnalysis analysis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private SlackUser user;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "thread_count", nullable = false)
    private int threadCount;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "reaction_count", nullable = false)
    private int reactionCount;

    @Column(name = "total_score", nullable = false, precision = 7, scale = 2)
    private BigDecimal totalScore;

    @Column(name = "problem_solving_score", precision = 5, scale = 2)
    private BigDecimal problemSolvingScore;

    @Column(name = "knowledge_sharing_score", precision = 5, scale = 2)
    private BigDecimal knowledgeSharingScore;

    @Column(name = "leadership_score", precision = 5, scale = 2)
    private BigDecimal leadershipScore;

    @Size(max = 4000)
    @Column(name = "insights", length = 4000)
    private String insights;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public SlackContribution() {
    }

    public Long getId() {
        return id;
    }

    public SlackAnalysis getAnalysis() {
        return analysis;
    }

    public void setAnalysis(SlackAnalysis analysis) {
        this.analysis = analysis;
    }

    public SlackUser getUser() {
        return user;
    }

    public void setUser(SlackUser user) {
        this.user = user;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public void setMessageCount(int messageCount) {
        this.messageCount = messageCount;
    }

    public int getThreadCount() {
        return threadCount;
    }

    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public void setReplyCount(int replyCount) {
        this.replyCount = replyCount;
    }

    public int getReactionCount() {
        return reactionCount;
    }

    public void setReactionCount(int reactionCount) {
        this.reactionCount = reactionCount;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public void setTotalScore(BigDecimal totalScore) {
        this.totalScore = totalScore;
    }

    public BigDecimal getProblemSolvingScore() {
        return problemSolvingScore;
    }

    public void setProblemSolvingScore(BigDecimal problemSolvingScore) {
        this.problemSolvingScore = problemSolvingScore;
    }

    public BigDecimal getKnowledgeSharingScore() {
        return knowledgeSharingScore;
    }

    public void setKnowledgeSharingScore(BigDecimal knowledgeSharingScore) {
        this.knowledgeSharingScore = knowledgeSharingScore;
    }

    public BigDecimal getLeadershipScore() {
        return leadershipScore;
    }

    public void setLeadershipScore(BigDecimal leadershipScore) {
        this.leadershipScore = leadershipScore;
    }

    public String getInsights() {
        return insights;
    }

    public void setInsights(String insights) {
        this.insights = insights;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
