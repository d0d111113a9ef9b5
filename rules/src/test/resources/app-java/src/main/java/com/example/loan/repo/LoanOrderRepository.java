package com.example.loan.repo;

import com.example.loan.domain.LoanOrder;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

public interface LoanOrderRepository extends JpaRepository<LoanOrder, Long> {
    String PAID = "PAID";
    String MARK_SQL = "update LoanOrder o set o.status = '" + PAID + "' where o.orderNo = :no";
    String CLOSE_SQL = "update LoanOrder o set o.status = 'CLOSED'" + " where o.orderNo = :no";

    Optional<LoanOrder> findByOrderNo(String orderNo);

    LoanOrder getByOrderNoAndStatus(String orderNo, String status);

    List<LoanOrder> findByStatus(String status);

    Optional<LoanOrder> findFirstByCustomerRefOrderByCreatedAtDesc(String customerRef);

    List<LoanOrder> findTop3ByStatus(String status);

    boolean existsByOrderNo(String orderNo);

    long countByStatus(String status);

    void deleteByOrderNo(String orderNo);

    Optional<LoanOrder> findByOrderNoIgnoreCase(String orderNo);

    Stream<LoanOrder> streamByStatusOrCustomerRef(String status, String customerRef);

    Page<LoanOrder> findByCreatedAtBetweenAndStatusNot(Instant from, Instant to, String status, Pageable page);

    /** Nested property path: skipped. */
    Optional<LoanOrder> findByCustomerEmail(String email);

    /** Collection property: skipped. */
    List<LoanOrder> findByItemsIsEmpty();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<LoanOrder> findLockedByOrderNo(String orderNo);

    @Query("select o from LoanOrder o where o.orderNo = :no")
    Optional<LoanOrder> lookup(String no);

    @Modifying
    @Query("update LoanOrder o set o.status = :s where o.orderNo = :no")
    int markPaid(String s, String no);

    @Modifying
    @Query(value = "UPDATE loan_order SET status = 'PAID' WHERE order_no = :orderNo AND status <> 'x:y'", nativeQuery = true)
    int markPaidNative(String orderNo);

    @Modifying
    @Query("delete from LoanOrder where orderNo = ?1")
    void purge(String orderNo);

    @Query(value = """
            SELECT *
              FROM loan_order
             WHERE customer_ref = ?1
            """, nativeQuery = true)
    LoanOrder nativeByCustomerRef(String customerRef);

    @Query("""
            select count(o) from LoanOrder o
            where o.customer = :customer and o.status in :statuses
            """)
    long countOpen(Object customer, List<String> statuses);

    /** Path join: skipped. */
    @Query("select o from LoanOrder o join o.items i where i.sku = :sku")
    List<LoanOrder> bySku(String sku);

    /** Nested path: skipped. */
    @Query("select o from LoanOrder o where o.customer.email = :email")
    List<LoanOrder> byCustomerEmail(String email);

    /** Constructor expression: skipped. */
    @Query("select new com.example.loan.OrderView(o.orderNo) from LoanOrder o where o.status = :s")
    List<Object> views(String s);

    @Modifying
    @Query(MARK_SQL)
    int markPaidConstant(String no);

    @Modifying
    @Query(LoanOrderRepository.CLOSE_SQL)
    int close(String no);

    /** A constant of another class is not evaluated; the name must not be read as a derived query either. */
    @Query(OrderQueries.BY_CUSTOMER)
    Optional<LoanOrder> findByCustomerRef(String customerRef);

    default Optional<LoanOrder> findByOrderNoOrFail(String orderNo) {
        return findByOrderNo(orderNo);
    }
}
